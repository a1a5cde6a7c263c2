using System;
using System.IO;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The embedding API for .NET hosts: run Python source or files in scopes, import modules, call Python callables with
/// .NET arguments. There is one Python runtime per process (one sys.modules, one sys.path); engines share it, and each
/// scope is its own module namespace. Python code runs on the calling .NET thread with that thread's own Python thread
/// state (pending exception, handled exceptions, call depth); the recursion limit applies per thread and a stack
/// nearing its end raises RecursionError (docs/design.md, "Recursion"). Python errors are thrown as
/// <see cref="PythonException"/>. Compiling source needs PyNet.Compiler.dll beside PyNet.Runtime.dll.
/// </summary>
public sealed class PythonEngine
{
    public PythonEngine()
    {
        PythonRuntime.EnsureInitialized();
    }

    /// <summary>A new, empty scope whose <c>__name__</c> is <paramref name="name"/>.</summary>
    public PythonScope CreateScope(string name = "__main__") => new(this, name);

    /// <summary>Runs statements in <paramref name="scope"/> (a new scope when null) and returns the scope.</summary>
    public PythonScope Execute(string source, PythonScope? scope = null)
    {
        scope ??= CreateScope();
        Run(source, "exec", scope);
        return scope;
    }

    /// <summary>Evaluates an expression in <paramref name="scope"/> (a new scope when null).</summary>
    public object? Evaluate(string expression, PythonScope? scope = null) => Run(expression, "eval", scope ?? CreateScope());

    public T Evaluate<T>(string expression, PythonScope? scope = null) => ClrConversion.ToClr<T>(Evaluate(expression, scope));

    /// <summary>Runs a .py file in <paramref name="scope"/> (a new scope when null), with <c>__file__</c> set; tracebacks name the file.</summary>
    public PythonScope ExecuteFile(string path, PythonScope? scope = null)
    {
        scope ??= CreateScope();
        var fullPath = Path.GetFullPath(path);
        var source = File.ReadAllBytes(fullPath);
        scope.Globals[PyStr.Intern("__file__")] = new PyStr(fullPath);
        try
        {
            var compiler = Importer.Compiler ?? throw new PyException(PyErrors.NoCompiler(fullPath));
            var body = CompiledAssemblies.Load(compiler.Compile(source, fullPath, scope.Name));
            Importer.Run(body, scope.Globals);
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
        return scope;
    }

    /// <summary><c>import name</c>: the module named (sys.modules caches it), usable with <c>dynamic</c>.</summary>
    public object? Import(string name)
    {
        try
        {
            return Importer.ImportModule(name);
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }

    /// <summary>Calls a Python callable with .NET arguments (converted) and returns the Python result.</summary>
    public object? Call(object? callable, params object?[] args)
    {
        try
        {
            return PyCall.Call(callable, Array.ConvertAll(args, ClrConversion.ToPython), null);
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }

    /// <summary>Calls a Python callable and converts the result (checked).</summary>
    public T Call<T>(object? callable, params object?[] args) => ClrConversion.ToClr<T>(Call(callable, args));

    /// <summary>Sends sys.stdout to <paramref name="writer"/> (for the whole process: there is one sys module).</summary>
    public void SetOutput(TextWriter writer) => Sys.SetStandardStreams(new PyTextFile("<stdout>", writer, null), null);

    /// <summary>Sends sys.stderr to <paramref name="writer"/> (for the whole process).</summary>
    public void SetError(TextWriter writer) => Sys.SetStandardStreams(null, new PyTextFile("<stderr>", writer, null));

    private static object? Run(string source, string mode, PythonScope scope)
    {
        try
        {
            var code = RuntimeCompiler.Required.Compile(source, "<string>", mode);
            var result = code.Body!(scope.Globals, scope.Globals);
            return PyFacade.Check(result);
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }
}
