namespace PyNet.Runtime;

/// <summary>
/// The members of <c>method</c> (a Python function bound to an instance, <c>PyBoundMethod</c>): <c>__self__</c>,
/// <c>__func__</c>, the function's names, equality by (self identity, function), and every other attribute read
/// through to the function.
/// </summary>
public static class MethodMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            // types.MethodType(function, instance).
            var a = NativeTypes.Positional("method", args, kw);
            if (a.Length != 2)
            {
                throw new PyException(PyErrors.ExpectedArguments("method", 2, a.Length));
            }
            if (!Builtins.IsCallable(a[0]))
            {
                throw new PyException(PyErrors.TypeError("first argument must be callable"));
            }
            return new PyBoundMethod(a[0], a[1] ?? throw new PyException(PyErrors.TypeError("instance must not be None")));
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PyBoundMethod)self!)));
        t.DefMethod("__eq__", (self, other) => Equal(self, other));
        t.DefMethod("__ne__", (self, other) =>
            Equal(self, other) is bool b ? !b : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => PyInt.Box(Hash((PyBoundMethod)self!)));
        t.DefMethod("__get__", (self, instance, owner) => self);
        t.DefMethodVar("__call__", (args, kw) => PyCall.Call(args[0], args[1..], kw));
        t.DefGetSet("__self__", self => ((PyBoundMethod)self).Self);
        t.DefGetSet("__func__", self => ((PyBoundMethod)self).Function);
        t.DefGetSet("__name__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, PyStr.Intern("__name__")));
        t.DefGetSet("__qualname__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, PyStr.Intern("__qualname__")));
        t.DefGetSet("__doc__", self => PyProtocol.TryGetAttr(((PyBoundMethod)self).Function, PyStr.Intern("__doc__"), out var d) ? d : null);
        t.DefGetSet("__module__", self => PyProtocol.TryGetAttr(((PyBoundMethod)self).Function, PyStr.Intern("__module__"), out var m) ? m : null);
    }

    /// <summary>Bound methods are equal when their selves are the same object and their functions are equal.</summary>
    public static object Equal(object? self, object? other)
    {
        if (self is not PyBoundMethod a || other is not PyBoundMethod b)
        {
            return PyNotImplemented.Instance;
        }
        return ReferenceEquals(a.Self, b.Self) && PyProtocol.Eq(a.Function, b.Function);
    }

    public static long Hash(PyBoundMethod m) =>
        ObjectMembers.IdentityHash(m.Self ?? PyNotImplemented.Instance) ^ PyProtocol.Hash(m.Function);

    private static string Repr(PyBoundMethod m)
    {
        var name = PyProtocol.TryGetAttr(m.Function, PyStr.Intern("__qualname__"), out var q) && q is PyStr qs
            ? qs.Value
            : PyProtocol.TryGetAttr(m.Function, PyStr.Intern("__name__"), out var n) && n is PyStr ns ? ns.Value : "?";
        return $"<bound method {name} of {PyProtocol.Repr(m.Self)}>";
    }
}

/// <summary>
/// The members of <c>builtin_function_or_method</c> (a C# function, alone or bound to its self) and of
/// <c>method_descriptor</c> (a method of a builtin type, read from the type).
/// </summary>
public static class BuiltinFunctionMembers
{
    internal static void InitFunction(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr(Repr(self!)));
        t.DefMethod("__eq__", (self, other) => self is PyBoundMethod ? MethodMembers.Equal(self, other) : ReferenceEquals(self, other));
        t.DefMethod("__hash__", self => PyInt.Box(self is PyBoundMethod m ? MethodMembers.Hash(m) : ObjectMembers.IdentityHash(self!)));
        t.DefMethodVar("__call__", (args, kw) => PyCall.Call(args[0], args[1..], kw));
        t.DefGetSet("__name__", self => new PyStr(Function(self).Name));
        t.DefGetSet("__qualname__", self => new PyStr(QualName(self)));
        t.DefGetSet("__self__", self => self is PyBoundMethod m ? m.Self : Builtins.Module);
        t.DefGetSet("__module__", self => self is PyBoundMethod ? null : PyStr.Intern("builtins"));
        t.DefGetSet("__doc__", self => Function(self).Doc is { } d ? new PyStr(d) : null);
    }

    internal static void InitDescriptor(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr(Repr(self!)));
        t.DefMethodVar("__get__", (args, kw) => args.Length is < 2 or > 3
            ? throw new PyException(PyErrors.ExpectedArguments("__get__", 2, args.Length - 1))
            : args[1] == null ? args[0] : new PyBoundMethod(args[0], args[1]));
        t.DefMethodVar("__call__", (args, kw) => PyCall.Call(args[0], args[1..], kw));
        t.DefGetSet("__name__", self => new PyStr(Function(self).Name));
        t.DefGetSet("__qualname__", self => new PyStr(QualName(self)));
        t.DefGetSet("__objclass__", self => Function(self).Owner);
        t.DefGetSet("__doc__", self => Function(self).Doc is { } d ? new PyStr(d) : null);
    }

    private static PyBuiltinFunction Function(object self) =>
        self is PyBoundMethod { Function: PyBuiltinFunction bf } ? bf : (PyBuiltinFunction)self;

    private static string QualName(object self)
    {
        var f = Function(self);
        if (f.Owner != null)
        {
            return f.Owner.Name + "." + f.Name;
        }
        return self is PyBoundMethod { Self: PyType owner } ? owner.Name + "." + f.Name : f.Name;
    }

    private static string Repr(object self)
    {
        var f = Function(self);
        if (self is PyBoundMethod m)
        {
            var of = PyType.Of(m.Self);
            var at = ObjectMembers.IdentityHash(m.Self ?? of) << 4;
            return f.IsSlotWrapper
                ? $"<method-wrapper '{f.Name}' of {of.Name} object at 0x{at:x12}>"
                : $"<built-in method {f.Name} of {of.Name} object at 0x{at:x12}>";
        }
        if (f.IsSlotWrapper && f.Owner != null)
        {
            return $"<slot wrapper '{f.Name}' of '{f.Owner.Name}' objects>";
        }
        return f.IsMethod && f.Owner != null ? $"<method '{f.Name}' of '{f.Owner.Name}' objects>" : $"<built-in function {f.Name}>";
    }
}

/// <summary>The members of <c>cell</c>.</summary>
public static class CellMembers
{
    internal static void Init(PyType t)
    {
        t.DefGetSet("cell_contents", self =>
        {
            var v = ((PyCell)self).Value;
            return ReferenceEquals(v, PyOps.Unbound) ? throw new PyException(PyErrors.CellIsEmpty()) : v;
        }, (self, v) => ((PyCell)self).Value = v);
        t.DefMethod("__repr__", self =>
        {
            var v = ((PyCell)self!).Value;
            var at = ObjectMembers.IdentityHash(self!) << 4;
            return new PyStr(ReferenceEquals(v, PyOps.Unbound)
                ? $"<cell at 0x{at:x12}: empty>"
                : $"<cell at 0x{at:x12}: {PyType.Of(v).Name} object at 0x{ObjectMembers.IdentityHash(v ?? PyNotImplemented.Instance) << 4:x12}>");
        });
    }
}

/// <summary>The members of the <c>NotImplemented</c> and <c>Ellipsis</c> singletons' types.</summary>
public static class SingletonMembers
{
    internal static void InitNotImplemented(PyType t)
    {
        t.DefMethod("__repr__", self => PyStr.Intern("NotImplemented"));
        t.DefMethod("__reduce__", self => PyStr.Intern("NotImplemented"));
    }

    internal static void InitEllipsis(PyType t)
    {
        t.DefMethod("__repr__", self => PyStr.Intern("Ellipsis"));
        t.DefMethod("__reduce__", self => PyStr.Intern("Ellipsis"));
    }
}
