using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// What the typed module classes emitted by <c>pynet build</c> (compiler/Emit/Facade) call. Unlike <see cref="PyOps"/>
/// these entries are the .NET side of the boundary: they throw <see cref="PythonException"/> for Python errors and
/// .NET exceptions for conversion errors, because their callers are C# programs.
/// <para>
/// A module class <c>lib</c> keeps its module in a static field; its first use runs <see cref="InitModule"/> (once,
/// under a lock; a module body that raises leaves the field empty, so the next use runs it again, as a failed import
/// does). Each top-level Python class <c>lib.Point</c> is a .NET class deriving from <see cref="PyInstance"/>: the
/// Python class gets an instance factory that makes <c>lib.Point</c> objects (<see cref="OnClassCreated"/>), so every
/// instance, created from Python or from C#, is the same object on both sides.
/// </para>
/// </summary>
public static class PyFacade
{
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, PyDict> s_initializing = new();
    private static readonly ConditionalWeakTable<PyDict, Dictionary<string, Func<PyType, object>>> s_classFactories = new();
    private static readonly HashSet<Func<PyType, object>> s_factories = new();
    private static volatile bool s_hasClassFactories;

    /// <summary>
    /// Runs the module body once and returns the module's globals. <paramref name="classNames"/> and
    /// <paramref name="factories"/> pair the module's top-level classes with the constructors of their .NET classes.
    /// </summary>
    public static PyDict InitModule(ref PyModule? slot, string name, PyModuleCode body, Type facade, string[] classNames, Func<PyType, object>[] factories)
    {
        lock (s_lock)
        {
            if (slot != null)
            {
                return slot.Dict;
            }
            if (s_initializing.TryGetValue(name, out var partial))
            {
                return partial;
            }
            PythonRuntime.EnsureInitialized();
            // The module's assembly may carry the program's other modules (frozen) and their sources.
            BuiltProgram.Initialize(facade.Assembly);
            var location = facade.Assembly.Location;
            var module = new PyModule(name);
            var spec = new PyModuleSpec(name, ModuleLoadKind.Sourceless, location.Length > 0 ? location : null, null, null);
            Importer.InitModuleAttributes(module.Dict, spec);
            var bindings = new Dictionary<string, Func<PyType, object>>();
            for (var i = 0; i < classNames.Length; i++)
            {
                bindings[classNames[i]] = factories[i];
                s_factories.Add(factories[i]);
            }
            s_classFactories.AddOrUpdate(module.Dict, bindings);
            s_hasClassFactories = true;
            var key = new PyStr(name);
            Sys.Modules[key] = module;
            s_initializing[name] = module.Dict;
            try
            {
                Importer.Run(body, module.Dict);
            }
            catch (PyException e)
            {
                Sys.Modules.Remove(key);
                throw PythonException.From(e);
            }
            finally
            {
                s_initializing.Remove(name);
            }
            Volatile.Write(ref slot, module);
            return module.Dict;
        }
    }

    /// <summary>
    /// Called by the class statement (<see cref="ClassBuilder"/>): a class whose module has a .NET class for it gets
    /// that class's instance factory, when its instances have the plain layout (object, or another such class).
    /// </summary>
    public static void OnClassCreated(PyDict globals, string qualName, object? cls)
    {
        if (!s_hasClassFactories || cls is not PyType type || !s_classFactories.TryGetValue(globals, out var bindings) ||
            !bindings.TryGetValue(qualName, out var factory))
        {
            return;
        }
        lock (s_lock)
        {
            var inherited = type.InstanceFactory;
            if (ReferenceEquals(inherited, PyType.ObjectType.InstanceFactory) || (inherited != null && s_factories.Contains(inherited)))
            {
                type.InstanceFactory = factory;
            }
        }
    }

    public static void SetGlobal(PyDict globals, PyStr name, object? value) => globals[name] = value;

    /// <summary>The result of a runtime operation: the value, or the pending Python exception thrown as <see cref="PythonException"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Check(object? result) => ReferenceEquals(result, PyOps.Raised) ? ThrowPending() : result;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object ThrowPending() => throw PythonException.FromPending();

    /// <summary>Calls a Python callable with positional arguments and keyword arguments named in <paramref name="keywords"/>.</summary>
    public static object? CallWithKeywords(object? callable, object?[] args, string[] keywords)
    {
        var names = Array.ConvertAll(keywords, k => PyStr.Intern(k));
        return Check(PyOps.CallKw(callable, args, names));
    }

    /// <summary>Calls <c>obj.name(*args)</c>.</summary>
    public static object? CallMethod(object? obj, PyStr name, object?[] args) => args.Length switch
    {
        0 => Check(PyOps.CallMethod0(obj, name)),
        1 => Check(PyOps.CallMethod1(obj, name, args[0])),
        2 => Check(PyOps.CallMethod2(obj, name, args[0], args[1])),
        3 => Check(PyOps.CallMethod3(obj, name, args[0], args[1], args[2])),
        _ => Check(PyOps.CallN(GetAttr(obj, name), args)),
    };

    public static object? GetAttr(object? obj, PyStr name)
    {
        try
        {
            return PyProtocol.GetAttr(obj, name);
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }

    /// <summary>The Python class a .NET class's constructor instantiates.</summary>
    public static PyType ClassOf(PyDict globals, PyStr name)
    {
        if (!globals.TryGetValue(name, out var value))
        {
            throw new PythonException(PyErrors.NameNotDefined(name.Value));
        }
        return value as PyType ?? throw new InvalidOperationException($"the module global '{name.Value}' is no longer a class");
    }

    /// <summary>A .NET constructor's body after the instance exists: the Python class's __init__.</summary>
    public static void Initialize(PyObject self, object?[] args, string[] keywords)
    {
        try
        {
            TypeMembers.RunInit(self.Type, self, args, keywords.Length == 0 ? null : Array.ConvertAll(keywords, k => PyStr.Intern(k)));
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }

    /// <summary><c>str(obj)</c> for ToString (never throws).</summary>
    public static string Str(object? obj)
    {
        try
        {
            return PyProtocol.Str(obj).Value;
        }
        catch (PyException e)
        {
            return $"<{PyErrors.TypeName(obj)} object; str() raised {e.Value.Type.Name}>";
        }
    }
}
