using System;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Compilation;

/// <summary>
/// The compiler as the runtime's import system reaches it (<see cref="ICompilerService"/>): source bytes to assembly
/// bytes, with compile errors turned into the Python exceptions the runtime raises.
/// </summary>
public sealed class CompilerService : ICompilerService
{
    public string Version => PythonCompiler.Version;

    public byte[] Compile(byte[] source, string path, string moduleName)
    {
        try
        {
            return PythonCompiler.CompileModule(source, path, moduleName);
        }
        catch (PythonSyntaxError e)
        {
            throw new PyException(PythonCompiler.ToPython(e));
        }
        catch (ParserRecursionError)
        {
            throw new PyException(PyErrors.RecursionLimit());
        }
        catch (Exception e) when (e is not PyException)
        {
            throw new PyException(PyErrors.SystemError("internal compiler error: " + e.Message));
        }
    }
}
