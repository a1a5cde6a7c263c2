using System.Collections.Generic;
using System.Linq;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>The loads of fast locals that are bound on every path reaching them (no UnboundLocalError check).</summary>
    private HashSet<Name> _surelyBound = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Definite assignment for a function-like scope: the <see cref="Name"/> loads of its locals that every path to the
    /// load has assigned, so that the load needs no check for <see cref="Runtime.PyOps.Unbound"/>. Every local load
    /// otherwise carries a compare and a cold call, which in a large function also spends the JIT's inlining budget.
    /// The analysis is conservative: a name that is ever deleted (<c>del x</c>, or the target of <c>except ... as x</c>,
    /// which Python deletes after the handler) is never surely bound; a loop's body starts from what was bound before
    /// the loop; a handler starts from what was bound before its <c>try</c>; a <c>with</c> body may be cut short by
    /// an exception its context manager suppresses; nested scopes (lambdas, comprehensions, functions) are not
    /// entered except a comprehension's own scope.
    /// </summary>
    private static HashSet<Name> FindSurelyBoundLoads(Scope scope)
    {
        var analysis = new DefiniteAssignment();
        var bound = new Flow(scope.Parameters);
        switch (scope.Node)
        {
            case FunctionDef f:
                analysis.Deleted.UnionWith(DeletedNames(f.Body));
                analysis.Statements(f.Body, bound);
                break;
            case AsyncFunctionDef f:
                analysis.Deleted.UnionWith(DeletedNames(f.Body));
                analysis.Statements(f.Body, bound);
                break;
            case Lambda l:
                analysis.Expression(l.Body, bound);
                break;
            case ListComp c:
                analysis.Comprehension(c.Generators, bound, c.Elt);
                break;
            case SetComp c:
                analysis.Comprehension(c.Generators, bound, c.Elt);
                break;
            case DictComp c:
                analysis.Comprehension(c.Generators, bound, c.Key, c.Value);
                break;
            case GeneratorExp c:
                analysis.Comprehension(c.Generators, bound, c.Elt);
                break;
        }
        return analysis.Loads;
    }

    private static HashSet<string> DeletedNames(List<StmtNode> body)
    {
        var finder = new DeletedNameFinder();
        finder.VisitAll(body);
        return finder.Names;
    }

    /// <summary>The names a scope deletes: <c>del</c> targets and handler names (deleted when the handler ends).</summary>
    private sealed class DeletedNameFinder : OwnScopeWalker
    {
        public HashSet<string> Names { get; } = new();

        public override void VisitDelete(Delete node)
        {
            foreach (var target in node.Targets)
            {
                SymbolTable.CollectTargets(target, Names);
            }
            base.VisitDelete(node);
        }

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name != null)
            {
                Names.Add(node.Name);
            }
            base.VisitExceptHandler(node);
        }
    }

    /// <summary>The names bound on every path to a point, or "unreachable" (after return, raise, break, continue).</summary>
    private sealed class Flow
    {
        public Flow(IEnumerable<string> names)
        {
            Names = new HashSet<string>(names);
        }

        public HashSet<string> Names { get; private set; }

        public bool Unreachable { get; set; }

        public Flow Copy() => new(Names) { Unreachable = Unreachable };

        public void Become(Flow other)
        {
            Names = other.Names;
            Unreachable = other.Unreachable;
        }

        /// <summary>Where two paths meet: the names both bound (an unreachable path does not count).</summary>
        public void Join(Flow other)
        {
            if (other.Unreachable)
            {
                return;
            }
            if (Unreachable)
            {
                Names = new HashSet<string>(other.Names);
                Unreachable = false;
                return;
            }
            Names.IntersectWith(other.Names);
        }
    }

    private sealed class DefiniteAssignment
    {
        public HashSet<Name> Loads { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<string> Deleted { get; } = new();

        public void Statements(List<StmtNode> body, Flow flow)
        {
            foreach (var s in body)
            {
                Statement(s, flow);
            }
        }

        public void Expression(ExprNode? e, Flow flow)
        {
            if (e != null)
            {
                var recorder = new LoadRecorder(this, flow);
                e.Accept(recorder);
            }
        }

        public void Comprehension(List<Comprehension> generators, Flow flow, params ExprNode[] elements)
        {
            // The first iterable is evaluated in the enclosing scope (it is the comprehension's argument).
            for (var i = 0; i < generators.Count; i++)
            {
                if (i > 0)
                {
                    Expression(generators[i].Iter, flow);
                }
                Bind(generators[i].Target, flow);
                generators[i].Ifs.ForEach(e => Expression(e, flow));
            }
            foreach (var e in elements)
            {
                Expression(e, flow);
            }
        }

        /// <summary>Records the loads in an assignment target (subscripts, attributes), then binds its names.</summary>
        private void Bind(ExprNode target, Flow flow)
        {
            Expression(target, flow);
            var names = new HashSet<string>();
            SymbolTable.CollectTargets(target, names);
            flow.Names.UnionWith(names.Where(n => !Deleted.Contains(n)));
        }

        private void Statement(StmtNode statement, Flow flow)
        {
            switch (statement)
            {
                case Expr e:
                    Expression(e.Value, flow);
                    break;
                case Assign a:
                    Expression(a.Value, flow);
                    a.Targets.ForEach(t => Bind(t, flow));
                    break;
                case AugAssign a:
                    if (a.Target is Name target && IsBound(target.Id, flow))
                    {
                        // The target is read first (the load the code generator emits for it is this node).
                        Loads.Add(target);
                    }
                    Expression(a.Target, flow);
                    Expression(a.Value, flow);
                    Bind(a.Target, flow);
                    break;
                case AnnAssign { Value: not null } a:
                    Expression(a.Value, flow);
                    Bind(a.Target, flow);
                    break;
                case Return r:
                    Expression(r.Value, flow);
                    flow.Unreachable = true;
                    break;
                case Raise r:
                    Expression(r.Exc, flow);
                    Expression(r.Cause, flow);
                    flow.Unreachable = true;
                    break;
                case Break or Continue:
                    flow.Unreachable = true;
                    break;
                case If i:
                    {
                        Expression(i.Test, flow);
                        var orelse = flow.Copy();
                        Statements(i.Body, flow);
                        Statements(i.Orelse, orelse);
                        flow.Join(orelse);
                        break;
                    }
                case For f:
                    Loop(f.Iter, f.Target, f.Body, f.Orelse, flow);
                    break;
                case AsyncFor f:
                    Loop(f.Iter, f.Target, f.Body, f.Orelse, flow);
                    break;
                case While w:
                    Loop(w.Test, null, w.Body, w.Orelse, flow);
                    break;
                case With w:
                    WithBlock(w.Items, w.Body, flow);
                    break;
                case AsyncWith w:
                    WithBlock(w.Items, w.Body, flow);
                    break;
                case Try t:
                    TryBlock(t.Body, t.Handlers, t.Orelse, t.Finalbody, flow);
                    break;
                case TryStar t:
                    TryBlock(t.Body, t.Handlers, t.Orelse, t.Finalbody, flow);
                    break;
                case Import i:
                    foreach (var alias in i.Names)
                    {
                        Define(alias.Asname ?? alias.Name.Split('.')[0], flow);
                    }
                    break;
                case ImportFrom i:
                    foreach (var alias in i.Names)
                    {
                        Define(alias.Asname ?? alias.Name, flow);
                    }
                    break;
                case FunctionDef f:
                    Define(f.Name, flow);
                    break;
                case AsyncFunctionDef f:
                    Define(f.Name, flow);
                    break;
                case ClassDef c:
                    Define(c.Name, flow);
                    break;
                case Assert a:
                    Expression(a.Test, flow);
                    break;
                case Match m:
                    // The cases' captures and bodies bind conditionally: what follows the match gains nothing.
                    Expression(m.Subject, flow);
                    break;
                case Delete d:
                    d.Targets.ForEach(t => Expression(t, flow));
                    break;
            }
        }

        public bool IsBound(string name, Flow flow) => flow.Names.Contains(name) && !Deleted.Contains(name);

        private void Define(string name, Flow flow)
        {
            if (!Deleted.Contains(name) && name != "*")
            {
                flow.Names.Add(name);
            }
        }

        /// <summary>
        /// A loop's body starts from what is bound before the loop (names are never unbound here, so what the body
        /// binds on one pass only adds for later passes); what follows the loop gains nothing from the body or else.
        /// </summary>
        private void Loop(ExprNode head, ExprNode? target, List<StmtNode> body, List<StmtNode> orelse, Flow flow)
        {
            Expression(head, flow);
            var inner = flow.Copy();
            if (target != null)
            {
                Bind(target, inner);
            }
            Statements(body, inner);
            Statements(orelse, flow.Copy());
        }

        private void WithBlock(List<WithItem> items, List<StmtNode> body, Flow flow)
        {
            foreach (var item in items)
            {
                Expression(item.ContextExpr, flow);
                if (item.OptionalVars != null)
                {
                    Bind(item.OptionalVars, flow);
                }
            }
            Statements(body, flow.Copy());
        }

        private void TryBlock(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, Flow flow)
        {
            var before = flow.Copy();
            var after = flow.Copy();
            Statements(body, after);
            Statements(orelse, after);
            foreach (var handler in handlers.OfType<ExceptHandler>())
            {
                var h = before.Copy();
                Expression(handler.Type, h);
                Statements(handler.Body, h);
                after.Join(h);
            }
            // The finally block runs after any of those paths, or after an exception from anywhere in them.
            var final = before.Copy();
            Statements(finalbody, final);
            if (final.Unreachable)
            {
                flow.Unreachable = true;
                return;
            }
            after.Names.UnionWith(final.Names);
            flow.Become(after);
        }

        /// <summary>Marks the loads of names bound at this point (nested scopes are left to their own analysis).</summary>
        private sealed class LoadRecorder : OwnScopeWalker
        {
            private readonly DefiniteAssignment _owner;
            private readonly Flow _flow;

            public LoadRecorder(DefiniteAssignment owner, Flow flow)
            {
                _owner = owner;
                _flow = flow;
            }

            public override void VisitName(Name node)
            {
                if (node.Ctx == ExprContext.Load && _owner.IsBound(node.Id, _flow))
                {
                    _owner.Loads.Add(node);
                }
            }
        }
    }
}
