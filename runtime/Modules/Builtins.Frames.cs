using System;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The builtins that look at the caller's frame (globals, locals, vars, dir without arguments) and the ones that run
/// code (exec, eval, compile). Compiled code calls them through <see cref="PyOps.CallFrameIntrinsic"/>, which passes
/// the caller's globals and locals; called any other way they have no frame and say so.
/// </summary>
public static partial class Builtins
{
    private static readonly PyStr s_builtinsName = PyStr.Intern("__builtins__");

    public static PyBuiltinFunction GlobalsFunction { get; } = new("globals", (args, kw) => throw NoFrame());

    public static PyBuiltinFunction LocalsFunction { get; } = new("locals", (args, kw) => throw NoFrame());

    public static PyBuiltinFunction ExecFunction { get; } = new("exec", (args, kw) => ExecOrEval(args, kw, null, null, isEval: false));

    public static PyBuiltinFunction EvalFunction { get; } = new("eval", (args, kw) => ExecOrEval(args, kw, null, null, isEval: true));

    public static PyBuiltinFunction CompileFunction { get; } = new("compile", Compile);

    private static PyException NoFrame() => new(PyErrors.SystemError("no current frame"));

    private static void DefineFrameFunctions(PyDict d)
    {
        Def(d, GlobalsFunction);
        Def(d, LocalsFunction);
        Def(d, ExecFunction);
        Def(d, EvalFunction);
        Def(d, CompileFunction);
    }

    /// <summary>Runs a frame builtin with the caller's namespaces; null result means "not a frame builtin".</summary>
    internal static bool TryCallWithFrame(object? function, object?[] args, PyStr[]? kwNames, PyDict globals, PyDict locals, out object? result)
    {
        if (ReferenceEquals(function, PyType.TypeType) && args.Length == 3 && args[2] is PyDict ns
            && !ns.ContainsKey(PyStr.Intern("__module__")) && globals.TryGetValue(PyStr.Intern("__name__"), out var moduleName))
        {
            // type(name, bases, dict) takes __module__ from the caller's globals, as CPython's type.__new__ does.
            var withModule = ns.Copy();
            withModule[PyStr.Intern("__module__")] = moduleName;
            result = PyCall.Call(function, args[0], args[1], withModule);
            return true;
        }
        if (ReferenceEquals(function, GlobalsFunction) && args.Length == 0)
        {
            result = globals;
            return true;
        }
        if (ReferenceEquals(function, LocalsFunction) && args.Length == 0)
        {
            result = locals;
            return true;
        }
        if (ReferenceEquals(function, ExecFunction) || ReferenceEquals(function, EvalFunction))
        {
            result = ExecOrEval(args, kwNames, globals, locals, ReferenceEquals(function, EvalFunction));
            return true;
        }
        if (function is PyBuiltinFunction { Name: "vars" } && args.Length == 0 && ReferenceEquals(function, Dict[PyStr.Intern("vars")]))
        {
            result = locals;
            return true;
        }
        if (function is PyBuiltinFunction { Name: "dir" } && args.Length == 0 && ReferenceEquals(function, Dict[PyStr.Intern("dir")]))
        {
            var names = PyList.FromEnumerable(locals.Keys());
            ListMembers.Sort(names, new object?[] { names }, null);
            result = names;
            return true;
        }
        result = null;
        return false;
    }

    /// <summary>exec(source, globals=None, locals=None) and eval(...).</summary>
    private static object? ExecOrEval(object?[] args, PyStr[]? kwNames, PyDict? callerGlobals, PyDict? callerLocals, bool isEval)
    {
        var name = isEval ? "eval" : "exec";
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        object? source = nPos > 0 ? args[0] : null;
        object? globalsArg = nPos > 1 ? args[1] : null;
        object? localsArg = nPos > 2 ? args[2] : null;
        for (var i = 0; i < nKw; i++)
        {
            switch (kwNames![i].Value)
            {
                case "globals":
                    globalsArg = args[nPos + i];
                    break;
                case "locals":
                    localsArg = args[nPos + i];
                    break;
                default:
                    throw new PyException(PyErrors.TypeError($"{name}() got an unexpected keyword argument '{kwNames[i].Value}'"));
            }
        }
        if (nPos == 0)
        {
            throw new PyException(PyErrors.TypeError($"{name} expected at least 1 argument, got 0"));
        }
        if (nPos > 3)
        {
            throw new PyException(PyErrors.TypeError($"{name} expected at most 3 arguments, got {nPos}"));
        }
        if (globalsArg != null && globalsArg is not PyDict)
        {
            throw new PyException(PyErrors.TypeError(isEval
                ? "globals must be a real dict; try eval(expr, {}, mapping)"
                : $"exec() globals must be a dict, not {PyErrors.TypeName(globalsArg)}"));
        }
        if (localsArg != null && localsArg is not PyDict)
        {
            throw new PyException(PyErrors.TypeError($"locals must be a mapping"));
        }
        PyDict globals;
        PyDict locals;
        if (globalsArg is PyDict g)
        {
            globals = g;
            locals = localsArg as PyDict ?? g;
        }
        else
        {
            globals = callerGlobals ?? throw NoFrame();
            locals = localsArg as PyDict ?? callerLocals ?? globals;
        }
        if (!globals.ContainsKey(s_builtinsName))
        {
            globals[s_builtinsName] = Module;
        }
        PyCode code;
        switch (source)
        {
            case PyCode c:
                code = c;
                break;
            case PyStr s:
                code = RuntimeCompiler.Required.Compile(isEval ? s.Value.TrimStart(' ', '\t') : s.Value, "<string>", isEval ? "eval" : "exec");
                break;
            case PyBytes b:
                code = RuntimeCompiler.Required.Compile(System.Text.Encoding.UTF8.GetString(b.UnsafeArray), "<string>", isEval ? "eval" : "exec");
                break;
            default:
                throw new PyException(PyErrors.TypeError(isEval
                    ? "eval() arg 1 must be a string, bytes or code object"
                    : $"exec() arg 1 must be a string, bytes or code object"));
        }
        var body = code.Body ?? throw new PyException(PyErrors.TypeError($"{name}() arg 1 must be a string, bytes or code object"));
        var result = body(globals, locals);
        if (ReferenceEquals(result, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
        return isEval || code.Mode == "eval" ? result : null;
    }

    /// <summary>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).</summary>
    private static object? Compile(object?[] args, PyStr[]? kwNames)
    {
        var names = new[] { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" };
        var values = new object?[names.Length];
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos > names.Length)
        {
            throw new PyException(PyErrors.TypeError($"compile() takes at most 6 arguments ({nPos} given)"));
        }
        Array.Copy(args, values, nPos);
        for (var i = 0; i < nKw; i++)
        {
            var index = Array.IndexOf(names, kwNames![i].Value);
            if (index < 0)
            {
                throw new PyException(PyErrors.TypeError($"compile() got an unexpected keyword argument '{kwNames[i].Value}'"));
            }
            values[index] = args[nPos + i];
        }
        for (var i = 0; i < 3; i++)
        {
            if (values[i] == null && i >= nPos && !(kwNames?.Any(k => k.Value == names[i]) ?? false))
            {
                throw new PyException(PyErrors.TypeError($"compile() missing required argument '{names[i]}' (pos {i + 1})"));
            }
        }
        var onlyAst = values[3] != null && (PyProtocol.Index(values[3]) & AstModule.OnlyAst) != 0;
        var mode = (values[2] as PyStr)?.Value ?? throw new PyException(PyErrors.TypeError($"compile() argument 'mode' must be str, not {PyErrors.TypeName(values[2])}"));
        if (mode is not ("exec" or "eval" or "single"))
        {
            throw new PyException(PyErrors.ValueError("compile() mode must be 'exec', 'eval' or 'single'"));
        }
        var filename = values[1] switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.UnsafeArray),
            _ => throw new PyException(PyErrors.TypeError($"compile() argument 'filename' must be str, not {PyErrors.TypeName(values[1])}")),
        };
        var text = values[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.UnsafeArray),
            PyCode c => null,
            _ when AstModule.IsNode(values[0]) => throw new PyException(PyErrors.AstNotSupported()),
            _ => throw new PyException(PyErrors.TypeError("compile() arg 1 must be a string, bytes or AST object")),
        };
        if (text == null)
        {
            return values[0];
        }
        return onlyAst ? RuntimeCompiler.Required.Parse(text, filename, mode) : RuntimeCompiler.Required.Compile(text, filename, mode);
    }
}
