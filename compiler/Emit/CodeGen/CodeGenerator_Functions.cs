using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    private const int MaxDirectParameters = 16;

    /// <summary>The methods and code object of a compiled function-like unit; BodyArity is the number of parameter slots
    /// when the body is installed as the function's typed delegate (<see cref="PyFunction.Body"/>), else -1 and Entry
    /// is the method taking the slots in an array.</summary>
    private sealed record CompiledUnit(MethodDefinition? Entry, MethodDefinition Body, FieldReference Code, int BodyArity);

    private void EmitFunctionDef(StmtNode node, string name, Arguments args, List<StmtNode> body, List<ExprNode> decorators, ExprNode? returns, bool isAsync)
    {
        var decoratorValues = EvaluateDecorators(decorators);
        var scope = _symbols.ScopeOf(node);
        var unit = CompileChild(scope, node.Lineno, args, g => g.EmitStatements(body), Docstring(body) != null);
        EmitMakeFunction(scope, unit, args, Docstring(body));
        EmitFunctionAnnotations(args, returns);
        ApplyDecorators(decoratorValues);
        EmitStoreName(name, node);
    }

    private void EmitLambda(Lambda node)
    {
        var scope = _symbols.ScopeOf(node);
        var unit = CompileChild(scope, node.Lineno, node.Args, g =>
        {
            g.EmitExpression(node.Body);
            g._il.StoreLocal(g._returnValue);
            g._il.Branch(g._returnLabel);
        }, false);
        EmitMakeFunction(scope, unit, node.Args, null);
    }

    /// <summary>f --> f, with __annotations__ set from the parameter and return annotations (evaluated at def time).</summary>
    private void EmitFunctionAnnotations(Arguments args, ExprNode? returns)
    {
        var items = new List<(string Name, ExprNode Annotation)>();
        foreach (var a in args.Posonlyargs.Concat(args.Args))
        {
            if (a.Annotation != null)
            {
                items.Add((a.ArgName, a.Annotation));
            }
        }
        if (args.Vararg?.Annotation != null)
        {
            items.Add((args.Vararg.ArgName, args.Vararg.Annotation));
        }
        foreach (var a in args.Kwonlyargs)
        {
            if (a.Annotation != null)
            {
                items.Add((a.ArgName, a.Annotation));
            }
        }
        if (args.Kwarg?.Annotation != null)
        {
            items.Add((args.Kwarg.ArgName, args.Kwarg.Annotation));
        }
        if (returns != null)
        {
            items.Add(("return", returns));
        }
        if (items.Count == 0)
        {
            return;
        }
        var dict = Temp(_module.Import(typeof(PyDict)));
        _il.NewObject(Runtime(RuntimeMembers.PyDict_New));
        _il.StoreLocal(dict);
        foreach (var (name, annotation) in items)
        {
            _il.LoadLocal(dict);
            _il.LoadStaticField(_module.Name(SymbolTable.Mangle(_scope, name)));
            EmitExpression(annotation);
            _il.Call(Runtime(RuntimeMembers.PyOps_DictSetItem));
            CheckVoid(annotation);
        }
        _il.LoadLocal(dict);
        Release(dict);
        _il.Call(Runtime(RuntimeMembers.PyOps_SetAnnotations));
    }

    private static string? Docstring(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string doc } } ? doc : null;

    private List<(Mono.Cecil.Cil.VariableDefinition Value, ExprNode Node)> EvaluateDecorators(List<ExprNode> decorators)
    {
        var temps = new List<(Mono.Cecil.Cil.VariableDefinition, ExprNode)>();
        foreach (var d in decorators)
        {
            EmitExpression(d);
            var t = Temp();
            _il.StoreLocal(t);
            temps.Add((t, d));
        }
        return temps;
    }

    /// <summary>f --> decorated f (decorators apply bottom-up).</summary>
    private void ApplyDecorators(List<(Mono.Cecil.Cil.VariableDefinition Value, ExprNode Node)> decorators)
    {
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            var f = Temp();
            _il.StoreLocal(f);
            _il.LoadLocal(decorators[i].Value);
            _il.LoadLocal(f);
            Release(f);
            _il.Call(Runtime(RuntimeMembers.PyOps_Call1));
            CheckObject(decorators[i].Node);
            Release(decorators[i].Value);
        }
    }

    /// <summary>Walks the code of one scope: nested functions, classes, lambdas and comprehensions are not entered.</summary>
    private abstract class OwnScopeWalker : AstWalker
    {
        public override void VisitFunctionDef(FunctionDef node)
        {
        }

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
        }

        public override void VisitClassDef(ClassDef node)
        {
        }

        public override void VisitLambda(Lambda node)
        {
        }

        public override void VisitListComp(ListComp node)
        {
        }

        public override void VisitSetComp(SetComp node)
        {
        }

        public override void VisitDictComp(DictComp node)
        {
        }

        public override void VisitGeneratorExp(GeneratorExp node)
        {
        }
    }

    /// <summary>Compiles a nested function-like scope into its own methods.</summary>
    private CompiledUnit CompileChild(Scope scope, int firstLine, Arguments? args, Action<CodeGenerator> emitBody, bool hasDoc)
    {
        var isGenerator = scope.IsGenerator || scope.IsCoroutine;
        var child = new CodeGenerator(_module, _symbols, scope, isGenerator ? UnitKind.Generator : UnitKind.Function) { Source = _source };
        var n = scope.Parameters.Count;
        var functionType = _module.Import(typeof(PyFunction));
        var arrayType = new ArrayType(Object);
        MethodDefinition body;
        MethodDefinition? entry = null;
        var safeName = scope.Name.Replace('<', '_').Replace('>', '_');
        MethodDefinition? resumable = null;
        if (isGenerator)
        {
            resumable = _module.DefineMethod(safeName + "_resume", Object, ("generator", _module.Import(typeof(PyGenerator))), ("sent", Object));
        }
        if (n <= MaxDirectParameters)
        {
            // A plain loop: LINQ over value tuples made the JIT compile five framework methods on every run.
            var parameters = new (string, TypeReference)[n + 1];
            parameters[0] = ("function", functionType);
            for (var i = 0; i < n; i++)
            {
                parameters[i + 1] = (scope.Parameters[i], Object);
            }
            body = _module.DefineMethod(safeName, Object, parameters);
            if (n > PyFunction.MaxBodyArity)
            {
                // More slots than a typed body delegate takes: the runtime calls an entry that unpacks an array (a
                // generator's entries are written after its body, below).
                entry = _module.DefineMethod(safeName + "_entry", Object, ("function", functionType), ("args", arrayType));
                if (!isGenerator)
                {
                    var il = new ILBuilder(entry);
                    il.LoadArg(0);
                    for (var i = 0; i < n; i++)
                    {
                        il.LoadArg(1);
                        il.LoadInt(i);
                        il.LoadElementRef();
                    }
                    il.Call(body);
                    il.Return();
                    il.Finish();
                }
            }
        }
        else
        {
            body = _module.DefineMethod(safeName, Object, ("function", functionType), ("args", arrayType));
            entry = body;
        }
        var flags = 0;
        if (scope.HasVarArgs)
        {
            flags |= PyCode.FlagVarArgs;
        }
        if (scope.HasVarKeywords)
        {
            flags |= PyCode.FlagVarKeywords;
        }
        if (scope.Parent is { IsFunctionLike: true })
        {
            flags |= PyCode.FlagNested;
        }
        if (scope.IsGenerator)
        {
            flags |= scope.IsCoroutine ? PyCode.FlagAsyncGenerator : PyCode.FlagGenerator;
        }
        else if (scope.IsCoroutine)
        {
            flags |= PyCode.FlagCoroutine;
        }
        var varNames = scope.Parameters.Concat(scope.Symbols.Values.Where(s => s.Storage is SymbolStorage.Local or SymbolStorage.Cell && !s.IsParameter).Select(s => s.Name)).ToList();
        child._code = _module.Code(scope.Name, scope.QualName, firstLine, scope.ArgCount, scope.PosOnlyCount, scope.KwOnlyCount, flags, varNames, scope.FreeVars, scope.CellVars);
        child.EmitUnit(resumable ?? body, () => emitBody(child), null);
        if (isGenerator)
        {
            // The entries create the generator; its frame size is known now that the body is compiled.
            if (entry != null)
            {
                EmitMakeGenerator(entry, resumable!, scope, argsFromArray: true, n, child._frameSize);
            }
            if (body != entry)
            {
                EmitMakeGenerator(body, resumable!, scope, argsFromArray: false, n, child._frameSize);
            }
        }
        return new CompiledUnit(entry, body, child._code, n <= PyFunction.MaxBodyArity ? n : -1);
    }

    /// <summary>--> a new function object for a compiled unit, with defaults, keyword defaults, closure and entry points.</summary>
    private void EmitMakeFunction(Scope scope, CompiledUnit unit, Arguments? args, string? doc)
    {
        EmitNewFunction(scope, unit, args, doc);
        var fn = Temp(_module.Import(typeof(PyFunction)));
        _il.StoreLocal(fn);
        _il.LoadLocal(fn);
        if (unit.BodyArity >= 0)
        {
            // The typed body is the only entry the runtime needs: no array-entry delegate.
            _il.LoadNull();
            _il.LoadLocal(fn);
            _il.LoadFunctionPointer(unit.Body);
            _il.NewObject(Runtime(BodyDelegateType(unit.BodyArity).GetConstructors()[0]));
        }
        else
        {
            _il.LoadLocal(fn);
            _il.LoadFunctionPointer(unit.Entry!);
            _il.NewObject(Runtime(typeof(Func<object?[], object?>).GetConstructors()[0]));
            _il.LoadNull();
        }
        _il.Call(Runtime(RuntimeMembers.PyFunction_SetEntries));
        Release(fn);
    }

    /// <summary>--> a new function object without entry points (for a unit that only this code calls, directly).</summary>
    private void EmitNewFunction(Scope scope, CompiledUnit unit, Arguments? args, string? doc)
    {
        _il.LoadStaticField(unit.Code);
        LoadGlobals();
        if (args != null && args.Defaults.Count > 0)
        {
            EmitObjectArray(args.Defaults);
        }
        else
        {
            _il.LoadNull();
        }
        if (args != null && args.KwDefaults.Any(d => d != null))
        {
            var dict = Temp(_module.Import(typeof(PyDict)));
            _il.NewObject(Runtime(RuntimeMembers.PyDict_New));
            _il.StoreLocal(dict);
            for (var i = 0; i < args.Kwonlyargs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    _il.LoadLocal(dict);
                    _il.LoadStaticField(_module.Name(SymbolTable.Mangle(_scope, args.Kwonlyargs[i].ArgName)));
                    EmitExpression(d);
                    _il.Call(Runtime(RuntimeMembers.PyOps_DictSetItem));
                    CheckVoid(d);
                }
            }
            _il.LoadLocal(dict);
            Release(dict);
        }
        else
        {
            _il.LoadNull();
        }
        EmitClosure(scope);
        if (doc != null)
        {
            _il.LoadStaticField(_module.Constant(doc));
        }
        else
        {
            _il.LoadNull();
        }
        _il.Call(Runtime(RuntimeMembers.PyOps_MakeFunction));
    }

    /// <summary>The Func type of a body delegate with <paramref name="arity"/> parameter slots (at most <see cref="PyFunction.MaxBodyArity"/>).</summary>
    private static Type BodyDelegateType(int arity) => arity switch
    {
        0 => typeof(Func<object?>),
        1 => typeof(Func<object?, object?>),
        2 => typeof(Func<object?, object?, object?>),
        3 => typeof(Func<object?, object?, object?, object?>),
        4 => typeof(Func<object?, object?, object?, object?, object?>),
        5 => typeof(Func<object?, object?, object?, object?, object?, object?>),
        6 => typeof(Func<object?, object?, object?, object?, object?, object?, object?>),
        7 => typeof(Func<object?, object?, object?, object?, object?, object?, object?, object?>),
        _ => typeof(Func<object?, object?, object?, object?, object?, object?, object?, object?, object?>),
    };

    /// <summary>--> PyCell[] for the child's free variables (or null).</summary>
    private void EmitClosure(Scope child)
    {
        if (child.FreeVars.Count == 0)
        {
            _il.LoadNull();
            return;
        }
        _il.LoadInt(child.FreeVars.Count);
        _il.NewArray(_module.Import(typeof(PyCell)));
        for (var i = 0; i < child.FreeVars.Count; i++)
        {
            _il.Dup();
            _il.LoadInt(i);
            _il.LoadLocal(_cells[child.FreeVars[i]]);
            _il.StoreElementRef();
        }
    }

    /// <summary>
    /// class C(bases, **kw): BODY ==> BuildClass(function(ns): BODY, "C", bases, kw values, kw names); the body runs
    /// with the class namespace as its locals and returns the __class__ cell for zero-argument super().
    /// </summary>
    private void EmitClassDef(ClassDef node)
    {
        var decoratorValues = EvaluateDecorators(node.DecoratorList);
        var scope = _symbols.ScopeOf(node);
        var child = new CodeGenerator(_module, _symbols, scope, UnitKind.ClassBody) { Source = _source };
        var functionType = _module.Import(typeof(PyFunction));
        var body = _module.DefineMethod(node.Name, Object, ("function", functionType), ("ns", Object));
        child._code = _module.Code(node.Name, scope.QualName, node.Lineno, 1, 0, 0, 0, new[] { "__locals__" }, scope.FreeVars, scope.CellVars);
        child.EmitUnit(body, () =>
        {
            if (Docstring(node.Body) is { } doc)
            {
                child._il.LoadStaticField(_module.Constant(doc));
                child.EmitStoreName("__doc__", node.Body[0]);
            }
            child.EmitSetupAnnotations(node.Body);
            child.EmitStatements(node.Body);
        }, null);

        var unit = new CompiledUnit(null, body, child._code, 1);
        EmitMakeFunction(scope, unit, null, null);
        _il.LoadStaticField(_module.Constant(node.Name));
        EmitObjectArray(node.Bases);
        EmitObjectArray(node.Keywords.Select(k => k.Value).ToList());
        if (node.Keywords.Count > 0)
        {
            _il.LoadStaticField(_module.NameArray(node.Keywords.Select(k => k.Arg ?? "**").ToList()));
        }
        else
        {
            _il.LoadNull();
        }
        _il.Call(Runtime(RuntimeMembers.PyOps_BuildClass));
        CheckObject(node);
        ApplyDecorators(decoratorValues);
        EmitStoreName(node.Name, node);
    }

    /// <summary>
    /// [ELT for T in IT if C] ==> (function(.0): r = []; for T in .0: if C: r.append(ELT); return r)(iter(IT))
    /// The comprehension is its own scope; its first iterable is evaluated in the enclosing scope. Nothing else can
    /// reach the function object, so its body method is called directly and it gets no entry-point delegates.
    /// </summary>
    /// <param name="countOnly">A set comprehension whose set is only counted: its body adds to the thread's scratch set
    /// and returns the number of keys (<see cref="EmitCountedSetComprehension"/>).</param>
    private void EmitComprehension(ExprNode node, bool countOnly = false)
    {
        var scope = _symbols.ScopeOf(node);
        var generators = node switch
        {
            ListComp l => l.Generators,
            SetComp s => s.Generators,
            DictComp d => d.Generators,
            _ => ((GeneratorExp)node).Generators,
        };
        var unit = CompileChild(scope, node.Lineno, null, g => g.EmitComprehensionBody(node, generators, countOnly), false);
        // The function object depends only on the frame (its globals and the enclosing cells): it is made once per
        // frame, at the comprehension's first evaluation, and kept in a local of its own.
        var cached = _il.DeclareLocal(_module.Import(typeof(PyFunction)));
        var made = _il.DefineLabel("comprehension_made");
        _il.LoadLocal(cached);
        _il.Dup();
        _il.BranchIfTrue(made);
        _il.Pop();
        EmitNewFunction(scope, unit, null, null);
        _il.Dup();
        _il.StoreLocal(cached);
        _il.Mark(made);
        EmitExpression(generators[0].Iter);
        _il.Call(Runtime(generators[0].IsAsync != 0 ? RuntimeMembers.PyOps_AsyncIter : RuntimeMembers.PyOps_ForIter));
        CheckObject(generators[0].Iter);
        _il.Call(unit.Body);
        CheckObject(node);
        if (scope.IsCoroutine && node is not GeneratorExp)
        {
            // An asynchronous comprehension is a coroutine: await it in place.
            EmitAwaitOnStack(node, isAwait: true);
        }
    }

    private void EmitComprehensionBody(ExprNode node, List<Comprehension> generators, bool countOnly)
    {
        if (node is GeneratorExp)
        {
            EmitComprehensionLevel(node, generators, 0, null);
            return;
        }
        var resultType = node switch
        {
            DictComp => _module.Import(typeof(PyDict)),
            SetComp => _module.Import(typeof(PySet)),
            _ => _module.Import(typeof(PyList)),
        };
        var result = _il.DeclareLocal(resultType);
        if (countOnly)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_RentScratchSet));
        }
        else
        {
            _il.NewObject(Runtime(node switch
            {
                DictComp => RuntimeMembers.PyDict_New,
                SetComp => RuntimeMembers.PySet_New,
                _ => RuntimeMembers.PyList_New,
            }));
        }
        _il.StoreLocal(result);
        if (node is ListComp && generators is [{ IsAsync: 0, Ifs.Count: 0 }])
        {
            // [f(x) for x in xs]: one item per item of xs, so a list or range source sizes the result at once.
            _il.LoadLocal(result);
            _il.LoadLocal(_locals[".0"]);
            _il.CastClass(_module.Import(typeof(PyIterator)));
            _il.Call(Runtime(RuntimeMembers.PyList_ReserveFor));
        }
        EmitComprehensionLevel(node, generators, 0, result);
        _il.LoadLocal(result);
        if (countOnly)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_CountScratchSet));
        }
        _il.StoreLocal(_returnValue);
        _il.Branch(_returnLabel);
    }

    private void EmitComprehensionLevel(ExprNode node, List<Comprehension> generators, int level, Mono.Cecil.Cil.VariableDefinition? result)
    {
        if (level == generators.Count)
        {
            switch (node)
            {
                case GeneratorExp genexp:
                    EmitExpression(genexp.Elt);
                    if (_scope.IsCoroutine)
                    {
                        _il.Call(Runtime(RuntimeMembers.PyOps_AsyncGenWrap));
                    }
                    EmitYieldValue(genexp.Elt, checkSent: true);
                    _il.Pop();
                    break;
                case ListComp l:
                    _il.LoadLocal(result!);
                    EmitExpression(l.Elt);
                    _il.Call(Runtime(RuntimeMembers.PyOps_ListAppend));
                    _il.Pop();
                    break;
                case SetComp sc:
                    _il.LoadLocal(result!);
                    EmitExpression(sc.Elt);
                    _il.Call(Runtime(RuntimeMembers.PyOps_SetAdd));
                    CheckVoid(sc);
                    break;
                case DictComp d:
                    _il.LoadLocal(result!);
                    EmitExpression(d.Key);
                    EmitExpression(d.Value);
                    _il.Call(Runtime(RuntimeMembers.PyOps_DictSetItem));
                    CheckVoid(d);
                    break;
            }
            return;
        }
        var g = generators[level];
        if (g.IsAsync != 0)
        {
            EmitAsyncComprehensionLevel(node, generators, level, result);
            return;
        }
        var iteratorType = _module.Import(typeof(PyIterator));
        var iterator = Temp(iteratorType);
        if (level == 0)
        {
            _il.LoadLocal(_locals[".0"]);
        }
        else
        {
            EmitExpression(g.Iter);
            _il.Call(Runtime(RuntimeMembers.PyOps_ForIter));
            CheckObject(g.Iter);
        }
        _il.CastClass(iteratorType);
        _il.StoreLocal(iterator);
        var top = _il.DefineLabel("comp");
        var next = _il.DefineLabel("comp_next");
        var done = _il.DefineLabel("comp_done");
        _il.Mark(top);
        EmitForStep(iterator, g.Target, g.Iter, done);
        foreach (var condition in g.Ifs)
        {
            EmitCondition(condition, next, jumpIfTrue: false);
        }
        EmitComprehensionLevel(node, generators, level + 1, result);
        _il.Mark(next);
        EmitInterruptCheck(node);
        _il.Branch(top);
        _il.Mark(done);
        _il.Pop();
        Release(iterator);
    }

    private void EmitAsyncComprehensionLevel(ExprNode node, List<Comprehension> generators, int level, Mono.Cecil.Cil.VariableDefinition? result)
    {
        var g = generators[level];
        var iterator = _il.DeclareLocal(Object);
        if (level == 0)
        {
            _il.LoadLocal(_locals[".0"]);
        }
        else
        {
            EmitExpression(g.Iter);
            _il.Call(Runtime(RuntimeMembers.PyOps_AsyncIter));
            CheckObject(g.Iter);
        }
        _il.StoreLocal(iterator);
        var top = _il.DefineLabel("acomp");
        var stop = _il.DefineLabel("acomp_stop");
        var done = _il.DefineLabel("acomp_done");
        _il.Mark(top);
        EmitAsyncNext(iterator, g.Iter, stop);
        EmitStore(g.Target);
        foreach (var condition in g.Ifs)
        {
            EmitCondition(condition, top, jumpIfTrue: false);
        }
        EmitComprehensionLevel(node, generators, level + 1, result);
        _il.Branch(top);
        EmitAsyncStop(stop, done);
        _il.Mark(done);
    }
}
