using System.Collections.Generic;

namespace PyNet.Compiler.Semantics;

public sealed partial class SymbolTable
{
    /// <summary>
    /// Pass 2: decides the storage of every name in <paramref name="scope"/> given the names bound by enclosing
    /// functions, then resolves the children; a child's free variable that this scope binds becomes a cell here, and
    /// one it does not bind passes through as a free variable of this scope too.
    /// </summary>
    private HashSet<string> Resolve(Scope scope, HashSet<string> enclosingBound)
    {
        foreach (var s in scope.Symbols.Values)
        {
            if (s.IsDeclaredGlobal)
            {
                s.Storage = SymbolStorage.GlobalExplicit;
            }
            else if (s.IsDeclaredNonlocal)
            {
                if (!enclosingBound.Contains(s.Name))
                {
                    throw new PythonSyntaxErrorAtScope(scope, s.Name).Create(this);
                }
                s.Storage = SymbolStorage.Free;
            }
            else if (s.IsAssigned || s.IsParameter)
            {
                s.Storage = scope.Kind is ScopeKind.Module or ScopeKind.Class ? SymbolStorage.Name : SymbolStorage.Local;
            }
            else if (scope.Kind == ScopeKind.Class && s.Name == "__class__")
            {
                s.Storage = SymbolStorage.Free;
            }
            else if (enclosingBound.Contains(s.Name) && scope.Kind != ScopeKind.Module)
            {
                s.Storage = SymbolStorage.Free;
            }
            else
            {
                // Module and class bodies look names up in their namespace first (LOAD_NAME): exec and eval may run them
                // with a locals mapping distinct from globals.
                s.Storage = scope.Kind is ScopeKind.Class or ScopeKind.Module ? SymbolStorage.Name : SymbolStorage.GlobalImplicit;
            }
        }

        var childBound = enclosingBound;
        if (scope.IsFunctionLike)
        {
            childBound = new HashSet<string>(enclosingBound);
            foreach (var s in scope.Symbols.Values)
            {
                if (s.Storage is SymbolStorage.Local or SymbolStorage.Free)
                {
                    childBound.Add(s.Name);
                }
                else if (s.Storage is SymbolStorage.GlobalExplicit or SymbolStorage.GlobalImplicit)
                {
                    childBound.Remove(s.Name);
                }
            }
        }
        else if (scope.Kind == ScopeKind.Class && scope.NeedsClassCell)
        {
            childBound = new HashSet<string>(enclosingBound) { "__class__" };
        }

        var free = new HashSet<string>();
        foreach (var child in scope.Children)
        {
            foreach (var name in Resolve(child, childBound))
            {
                if (scope.Kind == ScopeKind.Class && name == "__class__" && scope.NeedsClassCell)
                {
                    if (!scope.CellVars.Contains("__class__"))
                    {
                        scope.CellVars.Add("__class__");
                    }
                    continue;
                }
                if (scope.IsFunctionLike && scope.Symbols.TryGetValue(name, out var s) && (s.Storage is SymbolStorage.Local or SymbolStorage.Cell))
                {
                    s.Storage = SymbolStorage.Cell;
                    continue;
                }
                var pass = scope.Lookup(name);
                if (pass.Storage != SymbolStorage.Free && scope.Kind == ScopeKind.Class && pass.IsAssigned)
                {
                    // The class binds the name in its namespace; its methods still see the enclosing function's cell.
                    free.Add(name);
                    if (!scope.FreeVars.Contains(name))
                    {
                        scope.FreeVars.Add(name);
                    }
                    continue;
                }
                pass.Storage = SymbolStorage.Free;
                free.Add(name);
            }
        }
        foreach (var s in scope.Symbols.Values)
        {
            if (s.Storage == SymbolStorage.Free)
            {
                free.Add(s.Name);
                if (!scope.FreeVars.Contains(s.Name))
                {
                    scope.FreeVars.Add(s.Name);
                }
            }
            else if (s.Storage == SymbolStorage.Cell && !scope.CellVars.Contains(s.Name))
            {
                scope.CellVars.Add(s.Name);
            }
        }
        return free;
    }

    /// <summary>Defers building a nonlocal error until the declaring node is known.</summary>
    private sealed class PythonSyntaxErrorAtScope
    {
        private readonly Scope _scope;
        private readonly string _name;

        public PythonSyntaxErrorAtScope(Scope scope, string name)
        {
            _scope = scope;
            _name = name;
        }

        public Syntax.PythonSyntaxError Create(SymbolTable table)
        {
            var finder = new NonlocalFinder(_name);
            finder.Visit(_scope.Node);
            return table.Error(finder.Found ?? _scope.Node, ScopeErrors.NoBindingForNonlocal(_name));
        }
    }

    private sealed class NonlocalFinder : Syntax.AstWalker
    {
        private readonly string _name;
        private int _depth;

        public NonlocalFinder(string name)
        {
            _name = name;
        }

        public Syntax.Node? Found { get; private set; }

        public override void VisitNonlocal(Syntax.Nonlocal node)
        {
            if (Found == null && node.Names.Contains(_name))
            {
                Found = node;
            }
        }

        public override void VisitFunctionDef(Syntax.FunctionDef node)
        {
            if (_depth++ == 0)
            {
                VisitAll(node.Body);
            }
            _depth--;
        }

        public override void VisitAsyncFunctionDef(Syntax.AsyncFunctionDef node)
        {
            if (_depth++ == 0)
            {
                VisitAll(node.Body);
            }
            _depth--;
        }
    }
}
