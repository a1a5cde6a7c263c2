using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using PyNet.Compiler.Emit;
using PyNet.Compiler.Emit.CodeGen;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Compilation;

/// <summary>
/// Compiles source at run time for exec, eval and compile(). Each piece of code becomes an assembly in a collectible
/// load context, so code that is no longer referenced can be unloaded. Recently compiled sources are kept (the same
/// string exec'd in a loop compiles once).
/// </summary>
public sealed class RuntimeCodeCompiler : ICodeCompiler
{
    private const int CacheSize = 256;
    private readonly Dictionary<(string Source, string Filename, string Mode), PyCode> _cache = new();
    private readonly Queue<(string, string, string)> _order = new();

    public object Parse(string source, string filename, string mode)
    {
        try
        {
            var tree = mode switch
            {
                "eval" => PythonParser.ParseExpression(source, filename),
                "single" => PythonParser.ParseInteractive(source, filename),
                _ => PythonParser.ParseModule(source, filename),
            };
            return AstToPython.Convert(tree);
        }
        catch (PythonSyntaxError e)
        {
            throw new PyException(PythonCompiler.ToPython(e));
        }
        catch (ParserRecursionError)
        {
            throw new PyException(PyErrors.RecursionLimit());
        }
    }

    public PyCode Compile(string source, string filename, string mode)
    {
        var key = (source, filename, mode);
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        byte[] assembly;
        try
        {
            assembly = PythonCompiler.CompileCode(source, filename, mode);
        }
        catch (PythonSyntaxError e)
        {
            throw new PyException(PythonCompiler.ToPython(e));
        }
        catch (ParserRecursionError)
        {
            throw new PyException(PyErrors.RecursionLimit());
        }
        var context = new AssemblyLoadContext("pynet-dynamic", isCollectible: true);
        var loaded = context.LoadFromStream(new MemoryStream(assembly));
        Func<PyDict, PyDict, object?>? body = null;
        foreach (var type in loaded.GetExportedTypes())
        {
            var method = type.GetMethod(ModuleEmitter.BodyMethodName, BindingFlags.Public | BindingFlags.Static);
            if (method != null)
            {
                body = method.CreateDelegate<Func<PyDict, PyDict, object?>>();
            }
        }
        var code = PyCode.Create("<module>", "<module>", filename, 1, 0, 0, 0, 0, string.Empty, string.Empty, string.Empty);
        code.Body = body;
        code.Mode = mode;
        lock (_cache)
        {
            if (_cache.TryAdd(key, code))
            {
                _order.Enqueue(key);
                if (_order.Count > CacheSize)
                {
                    _cache.Remove(_order.Dequeue());
                }
            }
        }
        return code;
    }
}
