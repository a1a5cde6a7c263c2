using System;

namespace PyNet.Runtime;

public partial class PyType
{
    private ConstructionPlan? _construction;

    /// <summary>
    /// Typed constructors of a builtin type for calls with zero to three positional arguments (<c>set()</c>,
    /// <c>range(n)</c>): what <c>type.__call__</c> does for this exact type, without argument arrays or the
    /// <c>__new__</c>/<c>__init__</c> lookups. Builtin types are immutable, so they never go stale; subclasses do not
    /// inherit them. They may throw <see cref="PyException"/>.
    /// </summary>
    public Func<object?>? New0 { get; init; }

    /// <inheritdoc cref="New0"/>
    public Func<object?, object?>? New1 { get; init; }

    /// <inheritdoc cref="New0"/>
    public Func<object?, object?, object?>? New2 { get; init; }

    /// <inheritdoc cref="New0"/>
    public Func<object?, object?, object?, object?>? New3 { get; init; }

    /// <summary>
    /// How calling this class builds an instance when nothing in the way is customised: the metaclass is
    /// <c>type</c>, <c>__new__</c> is <c>object.__new__</c>, and <c>__init__</c> is a Python function (or
    /// <c>object.__init__</c>). Then a call creates the instance through <see cref="InstanceFactory"/> and calls
    /// <c>__init__</c> through its typed entry, with no argument arrays. Null otherwise; cached per type version.
    /// </summary>
    internal ConstructionPlan? SimpleConstruction
    {
        get
        {
            var plan = Construction;
            return plan.IsSimple && ReferenceEquals(_metatype, TypeType) ? plan : null;
        }
    }

    /// <summary>How a call of this class builds its instances (<see cref="ConstructionPlan"/>), cached per type version.</summary>
    internal ConstructionPlan Construction
    {
        get
        {
            var plan = _construction;
            if (plan == null || plan.Version != Version)
            {
                _construction = plan = ConstructionPlan.For(this);
            }
            return plan;
        }
    }

    internal sealed class ConstructionPlan
    {
        private static readonly PyStr s_new = PyStr.Intern("__new__");
        private static readonly PyStr s_init = PyStr.Intern("__init__");

        private ConstructionPlan(int version, bool isSimple, bool isPlainException, Func<PyType, object>? factory, PyFunction? init)
        {
            Version = version;
            IsSimple = isSimple;
            IsPlainException = isPlainException;
            Factory = factory!;
            Init = init;
        }

        public int Version { get; }

        public bool IsSimple { get; }

        /// <summary>
        /// An exception class with BaseException's <c>__new__</c> and BaseException's or a Python <c>__init__</c>
        /// (see <see cref="ExceptionMembers.TryPlainConstruction"/>).
        /// </summary>
        public bool IsPlainException { get; }

        public Func<PyType, object> Factory { get; }

        /// <summary>The class's <c>__init__</c>; null when it is <c>object.__init__</c> (a call then takes no arguments).</summary>
        public PyFunction? Init { get; }

        public static ConstructionPlan For(PyType type)
        {
            var version = type.Version;
            var newMethod = type.Lookup(s_new);
            var initMethod = type.Lookup(s_init);
            var objectInit = ObjectType.Dict[s_init];
            var simple = type.IsHeapType && type.InstanceFactory != null && ReferenceEquals(newMethod, ObjectType.Dict[s_new]) && !ObjectMembers.IsAbstract(type) &&
                (initMethod is PyFunction || ReferenceEquals(initMethod, objectInit));
            var plainException = type.InstanceFactory != null && ExceptionMembers.IsPlainConstruction(newMethod, initMethod);
            return new ConstructionPlan(version, simple, plainException, type.InstanceFactory, initMethod as PyFunction);
        }
    }
}
