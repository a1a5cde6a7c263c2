using System.Linq;
using PyNet.Compiler.Syntax;
using Attribute = PyNet.Compiler.Syntax.Attribute;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>The entries for calls of 0 to 8 positional arguments, which reach a function's typed entry with no array.</summary>
    private static readonly System.Reflection.MethodInfo[] s_positionalCalls =
    {
        RuntimeMembers.PyOps_Call0, RuntimeMembers.PyOps_Call1, RuntimeMembers.PyOps_Call2, RuntimeMembers.PyOps_Call3,
        RuntimeMembers.PyOps_Call4, RuntimeMembers.PyOps_Call5, RuntimeMembers.PyOps_Call6, RuntimeMembers.PyOps_Call7,
        RuntimeMembers.PyOps_Call8,
    };

    /// <summary>The entries for keyword calls of 1 to 4 values in all, with no array (index 0 is never used).</summary>
    private static readonly System.Reflection.MethodInfo[] s_keywordCalls =
    {
        RuntimeMembers.PyOps_CallKw, RuntimeMembers.PyOps_CallKw1, RuntimeMembers.PyOps_CallKw2, RuntimeMembers.PyOps_CallKw3,
        RuntimeMembers.PyOps_CallKw4,
    };

    /// <summary>
    /// f(a, b) ==> Call2(f, a, b): fixed arities reach the callee's typed entry with no argument array;
    /// f(a, k=v) ==> CallKw2(f, a, v, ["k"]) (CallKw(f, [values], names) beyond four values); f(*xs, **kw) ==> CallEx.
    /// </summary>
    private void EmitCall(Call node)
    {
        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (var k in node.Keywords)
        {
            if (k.Arg != null && !seen.Add(k.Arg))
            {
                throw CompileError(k, "keyword argument repeated: " + k.Arg);
            }
        }
        if (node.Func is Attribute method && node.Args.Count <= 3 && node.Keywords.Count == 0 && !node.Args.Any(a => a is Starred))
        {
            EmitMethodCall(node, method);
            return;
        }
        if (node.Func is Name { Id: "len" } && node.Args is [SetComp counted] && node.Keywords.Count == 0
            && !_symbols.ScopeOf(counted).IsCoroutine)
        {
            EmitCountedSetComprehension(node, counted);
            return;
        }
        EmitExpression(node.Func);
        var args = node.Args;
        if (args.Count == 0 && node.Keywords.Count == 0 && node.Func is Name { Id: "super" } && TryEmitZeroArgSuperArguments(node))
        {
            return;
        }
        if (node.Func is Name { Id: "globals" or "locals" or "vars" or "dir" or "exec" or "eval" or "type" } frameName
            && (frameName.Id != "type" || args.Count == 3) && args.Count <= 3 && node.Keywords.Count == 0 && !args.Any(a => a is Starred)
            && StorageOf(Mangle(frameName.Id)) is Semantics.SymbolStorage.GlobalImplicit or Semantics.SymbolStorage.Name)
        {
            EmitObjectArray(args);
            LoadGlobals();
            EmitLocalsMapping();
            _il.Call(Runtime(RuntimeMembers.PyOps_CallFrameIntrinsic));
            CheckObject(node);
            return;
        }
        if (args.Any(a => a is Starred) || node.Keywords.Any(k => k.Arg == null))
        {
            EmitCallEx(node);
            return;
        }
        if (node.Keywords.Count > 0)
        {
            var values = args.Concat(node.Keywords.Select(k => k.Value)).ToList();
            if (values.Count < s_keywordCalls.Length)
            {
                foreach (var v in values)
                {
                    EmitExpression(v);
                }
            }
            else
            {
                EmitObjectArray(values);
            }
            _il.LoadStaticField(_module.NameArray(node.Keywords.Select(k => k.Arg!).ToList()));
            _il.Call(Runtime(values.Count < s_keywordCalls.Length ? s_keywordCalls[values.Count] : RuntimeMembers.PyOps_CallKw));
            CheckObject(node);
            return;
        }
        if (args.Count > s_positionalCalls.Length - 1)
        {
            EmitObjectArray(args);
            _il.Call(Runtime(RuntimeMembers.PyOps_CallN));
        }
        else
        {
            foreach (var a in args)
            {
                EmitExpression(a);
            }
            _il.Call(Runtime(s_positionalCalls[args.Count]));
        }
        CheckObject(node);
    }

    /// <summary>
    /// len({ELT for ...}) ==> IsBuiltinLen(len) ? (comprehension counting into the thread's scratch set) : len(set):
    /// only the number of keys is seen, so no set is built (docs/design.md, "Generators").
    /// </summary>
    private void EmitCountedSetComprehension(Call node, SetComp counted)
    {
        var general = _il.DefineLabel("len_general");
        var end = _il.DefineLabel("len_end");
        EmitExpression(node.Func);
        _il.Dup();
        _il.Call(Runtime(RuntimeMembers.PyOps_IsBuiltinLen));
        _il.BranchIfFalse(general);
        _il.Pop();
        EmitComprehension(counted, countOnly: true);
        _il.Branch(end);
        _il.Mark(general);
        EmitExpression(counted);
        _il.Call(Runtime(s_positionalCalls[1]));
        CheckObject(node);
        _il.Mark(end);
    }

    /// <summary>obj.name(a, b) ==> site.Call2(obj, a, b): an inline cache, no bound-method object on the common path.</summary>
    private void EmitMethodCall(Call node, Attribute method)
    {
        _il.LoadStaticField(_module.Site(RuntimeMembers.MethodCallSite_New, Mangle(method.Attr)));
        EmitExpression(method.Value);
        foreach (var a in node.Args)
        {
            EmitExpression(a);
        }
        _il.Call(Runtime(node.Args.Count switch
        {
            0 => RuntimeMembers.MethodCallSite_Call0,
            1 => RuntimeMembers.MethodCallSite_Call1,
            2 => RuntimeMembers.MethodCallSite_Call2,
            _ => RuntimeMembers.MethodCallSite_Call3,
        }));
        CheckObject(node);
    }

    /// <summary>
    /// f(a, *xs, k=v, **kw) ==> CallEx(f, list of positionals, dict of keywords), with CPython's checks and messages;
    /// f(*xs) ==> CallEx(f, xs, null) and f(*xs, **m) ==> CallExMapping(f, xs, m): a lone starred value and a lone
    /// ** mapping are passed as they are, and the runtime checks and reads them in CALL_FUNCTION_EX's order.
    /// </summary>
    private void EmitCallEx(Call node)
    {
        var function = Temp();
        _il.Dup();
        _il.StoreLocal(function);
        if (node.Args is [Starred lone])
        {
            EmitExpression(lone.Value);
        }
        else if (node.Args.Count == 0)
        {
            _il.LoadStaticField(Runtime(RuntimeMembers.PyTuple_Empty));
        }
        else
        {
            EmitPositionalList(node.Args, function);
        }
        var entry = RuntimeMembers.PyOps_CallEx;
        if (node.Keywords is [{ Arg: null } loneMapping])
        {
            EmitExpression(loneMapping.Value);
            entry = RuntimeMembers.PyOps_CallExMapping;
        }
        else if (node.Keywords.Count == 0)
        {
            _il.LoadNull();
        }
        else
        {
            var dict = Temp(_module.Import(typeof(PyNet.Runtime.PyDict)));
            _il.NewObject(Runtime(RuntimeMembers.PyDict_New));
            _il.StoreLocal(dict);
            foreach (var k in node.Keywords)
            {
                _il.LoadLocal(dict);
                _il.LoadLocal(function);
                if (k.Arg == null)
                {
                    EmitExpression(k.Value);
                    _il.Call(Runtime(RuntimeMembers.PyOps_CallMergeKeywords));
                }
                else
                {
                    _il.LoadStaticField(_module.Name(k.Arg));
                    EmitExpression(k.Value);
                    _il.Call(Runtime(RuntimeMembers.PyOps_CallAddKeyword));
                }
                CheckVoid(k.Value);
            }
            _il.LoadLocal(dict);
            Release(dict);
        }
        Release(function);
        _il.Call(Runtime(entry));
        CheckObject(node);
    }

    /// <summary>--> a new list of the positional arguments, starred ones unpacked (CPython's error for a non-iterable).</summary>
    private void EmitPositionalList(System.Collections.Generic.List<ExprNode> args, Mono.Cecil.Cil.VariableDefinition function)
    {
        var positional = Temp(_module.Import(typeof(PyNet.Runtime.PyList)));
        _il.NewObject(Runtime(RuntimeMembers.PyList_New));
        _il.StoreLocal(positional);
        foreach (var a in args)
        {
            _il.LoadLocal(positional);
            if (a is Starred s)
            {
                _il.LoadLocal(function);
                EmitExpression(s.Value);
                _il.Call(Runtime(RuntimeMembers.PyOps_CallExtendStar));
                CheckVoid(s);
            }
            else
            {
                EmitExpression(a);
                _il.Call(Runtime(RuntimeMembers.PyOps_ListAppend));
                _il.Pop();
            }
        }
        _il.LoadLocal(positional);
        Release(positional);
    }

    /// <summary>--> the mapping locals() returns here: the namespace of a module or class body, else a snapshot.</summary>
    private void EmitLocalsMapping()
    {
        if (_kind is UnitKind.Module or UnitKind.ClassBody)
        {
            LoadNamespace();
            return;
        }
        var names = _scope.Symbols.Values
            .Where(s => s.Storage is Semantics.SymbolStorage.Local or Semantics.SymbolStorage.Cell or Semantics.SymbolStorage.Free && !s.Name.StartsWith('.'))
            .Select(s => s.Name)
            .Where(n => _locals.ContainsKey(n) || _numbers.ContainsKey(n) || _cells.ContainsKey(n))
            .ToList();
        _il.LoadStaticField(_module.NameArray(names));
        _il.LoadInt(names.Count);
        _il.NewArray(Object);
        for (var i = 0; i < names.Count; i++)
        {
            _il.Dup();
            _il.LoadInt(i);
            if (_locals.ContainsKey(names[i]) || _numbers.ContainsKey(names[i]))
            {
                EmitLoadLocalValue(names[i]);
            }
            else
            {
                _il.LoadLocal(_cells[names[i]]);
                _il.LoadField(Runtime(RuntimeMembers.PyCell_Value));
            }
            _il.StoreElementRef();
        }
        _il.Call(Runtime(RuntimeMembers.PyOps_LocalsSnapshot));
    }

    /// <summary>super() in a method ==> super(__class__, first argument), as CPython finds them in the frame.</summary>
    private bool TryEmitZeroArgSuperArguments(Call node)
    {
        if (!_cells.ContainsKey("__class__") || _scope.Parameters.Count == 0 || _kind != UnitKind.Function)
        {
            return false;
        }
        EmitLoadName("__class__", node);
        EmitLoadName(_scope.Parameters[0], node);
        _il.Call(Runtime(RuntimeMembers.PyOps_Call2));
        CheckObject(node);
        return true;
    }
}
