using System;

namespace PyNet.Runtime;

/// <summary>exec/eval/compile's compiler, created by <c>factory</c> on first use (so the compiler is loaded only then).</summary>
public sealed class LazyCodeCompiler : ICodeCompiler
{
    private readonly Func<ICodeCompiler> _factory;
    private ICodeCompiler? _compiler;

    public LazyCodeCompiler(Func<ICodeCompiler> factory)
    {
        _factory = factory;
    }

    public PyCode Compile(string source, string filename, string mode) => (_compiler ??= _factory()).Compile(source, filename, mode);

    public object Parse(string source, string filename, string mode) => (_compiler ??= _factory()).Parse(source, filename, mode);
}
