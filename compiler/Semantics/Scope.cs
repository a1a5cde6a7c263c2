using System.Collections.Generic;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Semantics;

public enum ScopeKind
{
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// <summary>How a name is stored in a scope after resolution (CPython's symtable scopes).</summary>
public enum SymbolStorage
{
    /// <summary>A local variable of a function (an IL local or parameter).</summary>
    Local,

    /// <summary>A local shared with nested functions (a PyCell).</summary>
    Cell,

    /// <summary>A variable of an enclosing function, reached through the closure.</summary>
    Free,

    /// <summary>Declared <c>global</c>.</summary>
    GlobalExplicit,

    /// <summary>Not bound anywhere visible: a module global or a builtin.</summary>
    GlobalImplicit,

    /// <summary>A name in a module or class body namespace (a dictionary).</summary>
    Name,
}

public sealed class Symbol
{
    public Symbol(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public bool IsAssigned { get; set; }

    public bool IsParameter { get; set; }

    public bool IsUsed { get; set; }

    public bool IsDeclaredGlobal { get; set; }

    public bool IsDeclaredNonlocal { get; set; }

    public bool IsAnnotated { get; set; }

    /// <summary>Bound in this scope by a comprehension's walrus (assignment expression).</summary>
    public bool IsWalrusTarget { get; set; }

    public SymbolStorage Storage { get; set; }

    public override string ToString() => $"{Name}: {Storage}";
}

/// <summary>One scope of the program: a module, function, lambda, class body or comprehension.</summary>
public sealed class Scope
{
    public Scope(ScopeKind kind, string name, Node node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        Node = node;
        Parent = parent;
        parent?.Children.Add(this);
    }

    public ScopeKind Kind { get; }

    public string Name { get; }

    public Node Node { get; }

    public Scope? Parent { get; }

    public List<Scope> Children { get; } = new();

    public Dictionary<string, Symbol> Symbols { get; } = new();

    /// <summary>Parameter names in CPython's co_varnames order: positional, keyword-only, *args, **kwargs.</summary>
    public List<string> Parameters { get; } = new();

    public int PosOnlyCount { get; set; }

    public int ArgCount { get; set; }

    public int KwOnlyCount { get; set; }

    public bool HasVarArgs { get; set; }

    public bool HasVarKeywords { get; set; }

    public bool IsGenerator { get; set; }

    public bool IsCoroutine { get; set; }

    /// <summary>A class scope whose methods use super() or __class__: it provides the __class__ cell.</summary>
    public bool NeedsClassCell { get; set; }

    public string QualName { get; set; } = string.Empty;

    /// <summary>Free variables, in a fixed order (the closure layout).</summary>
    public List<string> FreeVars { get; } = new();

    /// <summary>Cell variables, in a fixed order.</summary>
    public List<string> CellVars { get; } = new();

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public Symbol Lookup(string name) => Symbols.TryGetValue(name, out var s) ? s : Add(name);

    public bool TryGetSymbol(string name, out Symbol symbol) => Symbols.TryGetValue(name, out symbol!);

    public Symbol Add(string name)
    {
        var s = new Symbol(name);
        Symbols[name] = s;
        return s;
    }

    public override string ToString() => $"{Kind} {Name}";
}
