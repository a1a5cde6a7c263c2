using System.Collections.Generic;
using System.Linq;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Semantics;

/// <summary>
/// Scope analysis, after CPython's Python/symtable.c. Two passes:
/// 1. <see cref="Build"/> walks the tree and records, per scope, every name that is bound (assignment targets,
///    parameters, imports, def/class names, del, for/with/except targets, match captures), used, or declared
///    global/nonlocal; it reports misplaced return/yield/await and bad declarations.
/// 2. <see cref="Resolve"/> decides each name's storage: function locals, cells shared with nested functions, free
///    variables reached through the closure, explicit or implicit globals, or namespace names (module and class
///    bodies). Class scopes do not enclose their methods; a method using super() or __class__ gets the implicit
///    __class__ cell of its class.
/// </summary>
public sealed partial class SymbolTable : AstWalker
{
    private readonly Dictionary<Node, Scope> _scopes = new();
    private readonly string _filename;
    private readonly SourceText _source;
    private Scope _current = null!;
    private readonly Stack<HashSet<string>> _comprehensionTargets = new();

    private SymbolTable(string filename, SourceText source)
    {
        _filename = filename;
        _source = source;
    }

    public Scope Root { get; private set; } = null!;

    public Scope ScopeOf(Node node) => _scopes[node];

    public bool TryGetScope(Node node, out Scope scope) => _scopes.TryGetValue(node, out scope!);

    public static SymbolTable Build(ModNode module, string filename, SourceText source)
    {
        var table = new SymbolTable(filename, source);
        table.Root = table.Enter(ScopeKind.Module, "top", module);
        table.Root.QualName = string.Empty;
        switch (module)
        {
            case Module m:
                table.VisitAll(m.Body);
                break;
            case Interactive i:
                table.VisitAll(i.Body);
                break;
            case Expression e:
                table.Visit(e.Body);
                break;
        }
        table.Resolve(table.Root, new HashSet<string>());
        ControlFlowChecker.Check(module, filename, source);
        return table;
    }

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, node, _current);
        _scopes[node] = scope;
        if (_current != null)
        {
            scope.QualName = QualNameFor(_current, name);
        }
        _current = scope;
        return scope;
    }

    private static string QualNameFor(Scope parent, string name)
    {
        if (parent.Kind == ScopeKind.Module)
        {
            return name;
        }
        if (parent.IsFunctionLike)
        {
            return parent.QualName + ".<locals>." + name;
        }
        return parent.QualName + "." + name;
    }

    private void Leave() => _current = _current.Parent!;

    private PythonSyntaxError Error(Node node, string message) => ScopeErrors.At(node, _filename, message, _source);

    /// <summary>Mangles a private name (<c>__x</c> inside class C becomes <c>_C__x</c>).</summary>
    public static string Mangle(Scope scope, string name)
    {
        if (!name.StartsWith("__", System.StringComparison.Ordinal) || name.EndsWith("__", System.StringComparison.Ordinal) || name.Contains('.'))
        {
            return name;
        }
        for (var s = scope; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                var cls = s.Name.TrimStart('_');
                return cls.Length == 0 ? name : "_" + cls + name;
            }
        }
        return name;
    }

    private void Bind(string name, Node node)
    {
        name = Mangle(_current, name);
        var s = _current.Lookup(name);
        s.IsAssigned = true;
    }

    private void Use(string name)
    {
        name = Mangle(_current, name);
        _current.Lookup(name).IsUsed = true;
    }

    public override void VisitName(Name node)
    {
        if (node.Ctx == ExprContext.Load)
        {
            Use(node.Id);
            if (node.Id == "super" && _current.IsFunctionLike)
            {
                UseClassCell();
            }
        }
        else
        {
            Bind(node.Id, node);
        }
    }

    private void UseClassCell()
    {
        for (var s = _current.Parent; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                s.NeedsClassCell = true;
                _current.Lookup("__class__").IsUsed = true;
                return;
            }
        }
    }

    public override void VisitFunctionDef(FunctionDef node) => VisitFunction(node, node.Name, node.Args, node.DecoratorList, node.Returns, node.Body, false);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => VisitFunction(node, node.Name, node.Args, node.DecoratorList, node.Returns, node.Body, true);

    private void VisitFunction(StmtNode node, string name, Arguments args, List<ExprNode> decorators, ExprNode? returns, List<StmtNode> body, bool isAsync)
    {
        VisitAll(decorators);
        VisitDefaultsAndAnnotations(args);
        Visit(returns);
        Bind(name, node);
        var scope = Enter(ScopeKind.Function, name, node);
        scope.IsCoroutine = isAsync;
        DeclareParameters(scope, args, node);
        VisitAll(body);
        Leave();
    }

    private void VisitDefaultsAndAnnotations(Arguments args)
    {
        VisitAll(args.Defaults);
        foreach (var d in args.KwDefaults)
        {
            Visit(d);
        }
        foreach (var a in args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs))
        {
            Visit(a.Annotation);
        }
        Visit(args.Vararg?.Annotation);
        Visit(args.Kwarg?.Annotation);
    }

    private void DeclareParameters(Scope scope, Arguments args, Node node)
    {
        void Param(Arg a)
        {
            var name = Mangle(scope, a.ArgName);
            if (scope.Symbols.ContainsKey(name))
            {
                throw Error(a, ScopeErrors.DuplicateArgument(a.ArgName));
            }
            var s = scope.Add(name);
            s.IsParameter = true;
            s.IsAssigned = true;
            scope.Parameters.Add(name);
        }
        foreach (var a in args.Posonlyargs)
        {
            Param(a);
        }
        foreach (var a in args.Args)
        {
            Param(a);
        }
        foreach (var a in args.Kwonlyargs)
        {
            Param(a);
        }
        scope.PosOnlyCount = args.Posonlyargs.Count;
        scope.ArgCount = args.Posonlyargs.Count + args.Args.Count;
        scope.KwOnlyCount = args.Kwonlyargs.Count;
        if (args.Vararg != null)
        {
            Param(args.Vararg);
            scope.HasVarArgs = true;
        }
        if (args.Kwarg != null)
        {
            Param(args.Kwarg);
            scope.HasVarKeywords = true;
        }
    }

    public override void VisitLambda(Lambda node)
    {
        VisitAll(node.Args.Defaults);
        foreach (var d in node.Args.KwDefaults)
        {
            Visit(d);
        }
        var scope = Enter(ScopeKind.Lambda, "<lambda>", node);
        DeclareParameters(scope, node.Args, node);
        Visit(node.Body);
        Leave();
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitAll(node.Bases);
        VisitAll(node.Keywords);
        VisitAll(node.DecoratorList);
        Bind(node.Name, node);
        Enter(ScopeKind.Class, node.Name, node);
        VisitAll(node.Body);
        Leave();
    }

    public override void VisitListComp(ListComp node) => VisitComprehension(node, "<listcomp>", node.Generators, node.Elt, null);

    public override void VisitSetComp(SetComp node) => VisitComprehension(node, "<setcomp>", node.Generators, node.Elt, null);

    public override void VisitDictComp(DictComp node) => VisitComprehension(node, "<dictcomp>", node.Generators, node.Key, node.Value);

    public override void VisitGeneratorExp(GeneratorExp node) => VisitComprehension(node, "<genexpr>", node.Generators, node.Elt, null);

    private void VisitComprehension(ExprNode node, string name, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        // The first iterable is evaluated in the enclosing scope and passed in.
        Visit(generators[0].Iter);
        var scope = Enter(ScopeKind.Comprehension, name, node);
        scope.IsGenerator = node is GeneratorExp;
        var isAsync = generators.Any(g => g.IsAsync != 0);
        if (isAsync)
        {
            scope.IsCoroutine = true;
            var enclosing = scope.Parent;
            while (enclosing is { Kind: ScopeKind.Comprehension })
            {
                enclosing = enclosing.Parent;
            }
            if (node is not GeneratorExp && enclosing is not { IsCoroutine: true })
            {
                throw Error(node, ScopeErrors.YieldInsideAsyncComprehension);
            }
        }
        var targets = new HashSet<string>();
        _comprehensionTargets.Push(targets);
        scope.Add(".0").IsParameter = true;
        scope.Symbols[".0"].IsAssigned = true;
        scope.Parameters.Add(".0");
        scope.ArgCount = 1;
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (i > 0)
            {
                Visit(g.Iter);
            }
            CollectTargets(g.Target, targets);
            Visit(g.Target);
            VisitAll(g.Ifs);
        }
        Visit(elt);
        Visit(value);
        _comprehensionTargets.Pop();
        Leave();
    }

    /// <summary>The names an assignment target binds (through tuples, lists and starred items).</summary>
    internal static void CollectTargets(ExprNode target, HashSet<string> names)
    {
        switch (target)
        {
            case Name n:
                names.Add(n.Id);
                break;
            case Tuple t:
                t.Elts.ForEach(e => CollectTargets(e, names));
                break;
            case List l:
                l.Elts.ForEach(e => CollectTargets(e, names));
                break;
            case Starred s:
                CollectTargets(s.Value, names);
                break;
        }
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        Visit(node.Value);
        var name = ((Name)node.Target).Id;
        if (_current.Kind != ScopeKind.Comprehension)
        {
            Visit(node.Target);
            return;
        }
        foreach (var targets in _comprehensionTargets)
        {
            if (targets.Contains(name))
            {
                throw Error(node.Target, ScopeErrors.ComprehensionRebind(name));
            }
        }
        // Bind in the nearest enclosing scope that is not a comprehension.
        var target = _current;
        while (target.Kind == ScopeKind.Comprehension)
        {
            target = target.Parent!;
        }
        if (target.Kind == ScopeKind.Class)
        {
            throw Error(node, ScopeErrors.WalrusInClassComprehension);
        }
        var ts = target.Lookup(name);
        ts.IsAssigned = true;
        for (var s = _current; s != target; s = s.Parent!)
        {
            var sym = s.Lookup(name);
            sym.IsUsed = true;
            if (target.Kind == ScopeKind.Module || ts.IsDeclaredGlobal)
            {
                sym.IsDeclaredGlobal = true;
            }
            else
            {
                sym.IsDeclaredNonlocal = true;
                sym.IsWalrusTarget = true;
            }
        }
    }

    public override void VisitGlobal(Global node)
    {
        foreach (var raw in node.Names)
        {
            var name = Mangle(_current, raw);
            if (_current.TryGetSymbol(name, out var s))
            {
                if (s.IsParameter)
                {
                    throw Error(node, ScopeErrors.ParameterAndGlobal(raw));
                }
                if (s.IsDeclaredNonlocal)
                {
                    throw Error(node, ScopeErrors.NonlocalAndGlobal(raw));
                }
                if (s.IsAnnotated)
                {
                    throw Error(node, ScopeErrors.AnnotatedAndGlobal(raw));
                }
                if (s.IsAssigned)
                {
                    throw Error(node, ScopeErrors.AssignedBeforeGlobal(raw));
                }
                if (s.IsUsed)
                {
                    throw Error(node, ScopeErrors.UsedBeforeGlobal(raw));
                }
            }
            _current.Lookup(name).IsDeclaredGlobal = true;
        }
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        if (_current.Kind == ScopeKind.Module)
        {
            throw Error(node, ScopeErrors.NonlocalAtModuleLevel);
        }
        foreach (var raw in node.Names)
        {
            var name = Mangle(_current, raw);
            if (_current.TryGetSymbol(name, out var s))
            {
                if (s.IsParameter)
                {
                    throw Error(node, ScopeErrors.ParameterAndNonlocal(raw));
                }
                if (s.IsDeclaredGlobal)
                {
                    throw Error(node, ScopeErrors.NonlocalAndGlobal(raw));
                }
                if (s.IsAnnotated)
                {
                    throw Error(node, ScopeErrors.AnnotatedAndNonlocal(raw));
                }
                if (s.IsAssigned)
                {
                    throw Error(node, ScopeErrors.AssignedBeforeNonlocal(raw));
                }
                if (s.IsUsed)
                {
                    throw Error(node, ScopeErrors.UsedBeforeNonlocal(raw));
                }
            }
            _current.Lookup(name).IsDeclaredNonlocal = true;
        }
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        if (node.Target is Name n)
        {
            var name = Mangle(_current, n.Id);
            if (_current.TryGetSymbol(name, out var s) && (s.IsDeclaredGlobal || s.IsDeclaredNonlocal) && node.Simple != 0)
            {
                throw Error(node, s.IsDeclaredGlobal ? ScopeErrors.AnnotatedAndGlobal(n.Id) : ScopeErrors.AnnotatedAndNonlocal(n.Id));
            }
            var sym = _current.Lookup(name);
            sym.IsAnnotated = true;
            if (node.Value != null)
            {
                sym.IsAssigned = true;
            }
            // An annotation alone still makes the name local to a function (CPython's DEF_ANNOT).
            if (_current.IsFunctionLike)
            {
                sym.IsAssigned = true;
            }
        }
        else
        {
            Visit(node.Target);
        }
        if (_current.Kind != ScopeKind.Function || node.Target is not Name)
        {
            Visit(node.Annotation);
        }
        Visit(node.Value);
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            var bound = alias.Asname ?? alias.Name.Split('.')[0];
            Bind(bound, alias);
        }
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var alias in node.Names)
        {
            if (alias.Name == "*")
            {
                if (_current.Kind != ScopeKind.Module)
                {
                    throw Error(node, ScopeErrors.ImportStarInFunction);
                }
                continue;
            }
            Bind(alias.Asname ?? alias.Name, alias);
        }
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        Visit(node.Type);
        if (node.Name != null)
        {
            Bind(node.Name, node);
        }
        VisitAll(node.Body);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        Visit(node.Pattern);
        if (node.Name != null)
        {
            Bind(node.Name, node);
        }
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name != null)
        {
            Bind(node.Name, node);
        }
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        base.VisitMatchMapping(node);
        if (node.Rest != null)
        {
            Bind(node.Rest, node);
        }
    }

    public override void VisitReturn(Return node)
    {
        if (!_current.IsFunctionLike || _current.Kind == ScopeKind.Comprehension)
        {
            throw Error(node, ScopeErrors.ReturnOutsideFunction);
        }
        base.VisitReturn(node);
    }

    public override void VisitYield(Yield node)
    {
        MarkGenerator(node);
        base.VisitYield(node);
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        if (_current.IsCoroutine && _current.Kind != ScopeKind.Comprehension)
        {
            throw Error(node, ScopeErrors.YieldFromInsideAsync);
        }
        MarkGenerator(node);
        base.VisitYieldFrom(node);
    }

    private void MarkGenerator(Node node)
    {
        if (!_current.IsFunctionLike)
        {
            throw Error(node, ScopeErrors.YieldOutsideFunction);
        }
        _current.IsGenerator = true;
    }

    public override void VisitAwait(Await node)
    {
        if (!_current.IsFunctionLike)
        {
            throw Error(node, ScopeErrors.AwaitOutsideFunction);
        }
        if (!_current.IsCoroutine && _current.Kind != ScopeKind.Comprehension)
        {
            throw Error(node, ScopeErrors.AwaitOutsideAsyncFunction);
        }
        if (_current.Kind == ScopeKind.Comprehension)
        {
            _current.IsCoroutine = true;
        }
        base.VisitAwait(node);
    }
}
