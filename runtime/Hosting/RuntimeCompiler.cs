namespace PyNet.Runtime;

/// <summary>What the runtime needs from the compiler for exec, eval and compile. The host registers it.</summary>
public interface ICodeCompiler
{
    /// <summary>
    /// Compiles <paramref name="source"/> in a compile() mode ("exec", "eval" or "single") to a code object with a
    /// body; throws <see cref="PyException"/> (SyntaxError) for bad source.
    /// </summary>
    PyCode Compile(string source, string filename, string mode);

    /// <summary>compile(..., PyCF_ONLY_AST): the parsed tree as <c>_ast</c> node objects; SyntaxError as in Compile.</summary>
    object Parse(string source, string filename, string mode);
}

/// <summary>The registered compiler (the runtime does not reference the compiler assembly).</summary>
public static class RuntimeCompiler
{
    public static ICodeCompiler? Instance { get; set; }

    public static ICodeCompiler Required =>
        Instance ?? throw new PyException(PyErrors.New(PyExc.RuntimeError, "no compiler is available to compile source at run time"));
}
