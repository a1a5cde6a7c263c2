using System.IO;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Compilation;

/// <summary>Imports modules from .py files: compiles, loads and executes them in the module's namespace.</summary>
public sealed class SourceModuleLoader : IModuleLoader
{
    public void Exec(PyModule module, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new PyException(PyErrors.New(PyExc.OSError, e.Message));
        }
        byte[] assembly;
        try
        {
            assembly = PythonCompiler.CompileModule(bytes, path, module.Name);
        }
        catch (PythonSyntaxError e)
        {
            throw new PyException(PythonCompiler.ToPython(e));
        }
        var body = PythonCompiler.Load(assembly);
        var result = body(module.Dict, module.Dict);
        if (ReferenceEquals(result, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
    }
}
