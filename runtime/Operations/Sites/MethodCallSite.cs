namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name(args)</c> call in compiled code (CPython 3.11's LOAD_METHOD/CALL
/// specialisation). For an instance whose class (at the cached version) resolves the name to a plain Python function
/// that the instance dictionary does not shadow, the function is called directly with the instance as its first
/// argument: no bound-method object, no type lookup. For a module, the function is taken from the module dictionary
/// at the entry where it was last found. Everything else takes <see cref="PyOps"/>'s CallMethod entries.
/// </summary>
public sealed class MethodCallSite : InstanceAttributeSite
{
    private int _hint = -1;

    public MethodCallSite(PyStr name)
        : base(name)
    {
    }

    public object? Call0(object? obj)
    {
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call0(callee);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast1 != null ? f.Fast1(obj) : PyOps.CallSlowPublic(f, [obj]);
        }
        return PyOps.CallMethod0(obj, Name);
    }

    public object? Call1(object? obj, object? a)
    {
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call1(callee, a);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast2 != null ? f.Fast2(obj, a) : PyOps.CallSlowPublic(f, [obj, a]);
        }
        return PyOps.CallMethod1(obj, Name, a);
    }

    public object? Call2(object? obj, object? a, object? b)
    {
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call2(callee, a, b);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast3 != null ? f.Fast3(obj, a, b) : PyOps.CallSlowPublic(f, [obj, a, b]);
        }
        return PyOps.CallMethod2(obj, Name, a, b);
    }

    public object? Call3(object? obj, object? a, object? b, object? c)
    {
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call3(callee, a, b, c);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast4 != null ? f.Fast4(obj, a, b, c) : PyOps.CallSlowPublic(f, [obj, a, b, c]);
        }
        return PyOps.CallMethod3(obj, Name, a, b, c);
    }

    /// <summary>The Python function to call with <paramref name="obj"/> prepended, or null for the general path.</summary>
    private PyFunction? Method(object? obj)
    {
        if (obj is not PyInstance instance)
        {
            return null;
        }
        var shape = ShapeOf(instance.Type);
        if (shape == null || shape.General || shape.DataDescriptor != null || shape.ClassAttribute is not PyFunction f)
        {
            return null;
        }
        return instance.InstanceDict is { } dict && dict.TryGetValue(Name, ref shape.Hint, out _) ? null : f;
    }
}
