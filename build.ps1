# PyNet build script (PowerShell): the same verbs as build.sh.
#   ./build.ps1          restore and build everything (Release)
#   ./build.ps1 test     build, check formatting, and run every test project
#   ./build.ps1 gen      regenerate generated sources (the AST classes, the Unicode tables)
#   ./build.ps1 clean    remove build outputs
param([string]$Verb = "build")
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$config = if ($env:CONFIG) { $env:CONFIG } else { "Release" }

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$consumer = "examples/csharp-consumer"

function Build {
    Invoke-Checked dotnet @("build", "PyNet.sln", "-c", $config, "-nologo")
    # The C# consumer example: its module built with `pynet build`, then the C# project with the ordinary SDK.
    Invoke-Checked dotnet @("tools/PyNet.Cli/bin/$config/net10.0/pynet.dll", "build", "$consumer/geometry.py", "-o", "$consumer/out/geometry.dll")
    Invoke-Checked dotnet @("build", "$consumer/CSharpConsumer.csproj", "-c", $config, "-nologo", "-v", "quiet")
}

switch ($Verb) {
    "build" { Build }
    "test" {
        Build
        Invoke-Checked dotnet @("format", "PyNet.sln", "--verify-no-changes", "--no-restore")
        $failed = $false
        foreach ($project in Get-ChildItem tests/*/*.Tests.csproj) {
            & dotnet test $project.FullName -c $config --no-build -nologo
            if ($LASTEXITCODE -ne 0) { $failed = $true }
        }
        $actual = (& dotnet "$consumer/bin/$config/net10.0/CSharpConsumer.dll" | Out-String).Replace("`r`n", "`n")
        $expected = (Get-Content -Raw "$consumer/expected-output.txt").Replace("`r`n", "`n")
        if ($LASTEXITCODE -ne 0 -or $actual -ne $expected) { Write-Host "$consumer: output differs"; $failed = $true }
        if ($failed) { throw "tests failed" }
    }
    "gen" {
        Invoke-Checked dotnet @("run", "--project", "tools/PyNet.AstGen", "--", "compiler/Syntax/Ast/Python.ast", "compiler/Syntax/Ast/Ast.g.cs")
        python3 tools/generate-unicode-types.py | Set-Content -Encoding utf8NoBOM runtime/Text/UnicodeTypes.g.cs
        python3 compiler/Syntax/Unicode/generate_unicode_data.py | Set-Content -Encoding utf8NoBOM compiler/Syntax/Unicode/UnicodeData.g.cs
    }
    "clean" {
        Invoke-Checked dotnet @("clean", "PyNet.sln", "-nologo")
        foreach ($dir in @(".pynet-build", "$consumer/out", "$consumer/bin", "$consumer/obj")) {
            if (Test-Path $dir) { Remove-Item -Recurse -Force $dir }
        }
    }
    default { Write-Error "usage: ./build.ps1 [build|test|gen|clean]"; exit 2 }
}
