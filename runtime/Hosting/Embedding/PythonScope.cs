using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// A namespace Python code runs in (a module's globals): variables are read with checked conversions
/// (<c>Get&lt;long&gt;("x")</c>; <c>Get</c> returns the Python value itself, usable with <c>dynamic</c>) and set from
/// .NET values (strings, numbers, byte arrays, lists and dictionaries are converted; delegates become callables).
/// </summary>
public sealed class PythonScope
{
    private readonly PythonEngine _engine;

    internal PythonScope(PythonEngine engine, string name)
    {
        _engine = engine;
        Name = name;
        Globals = new PyDict();
        Globals[PyStr.Intern("__name__")] = new PyStr(name);
        Globals[PyStr.Intern("__builtins__")] = Builtins.Module;
        Globals[PyStr.Intern("__doc__")] = null;
        Globals[PyStr.Intern("__package__")] = null;
        Globals[PyStr.Intern("__spec__")] = null;
        Globals[PyStr.Intern("__loader__")] = null;
    }

    public string Name { get; }

    /// <summary>The scope's namespace dictionary.</summary>
    public PyDict Globals { get; }

    /// <summary>The names defined in the scope (dunder names included).</summary>
    public IEnumerable<string> Names
    {
        get
        {
            var names = new List<string>();
            foreach (var pair in Globals.Items())
            {
                if (pair.Key is PyStr s)
                {
                    names.Add(s.Value);
                }
            }
            return names;
        }
    }

    public bool Contains(string name) => Globals.ContainsKey(new PyStr(name));

    /// <summary>The Python value of a variable (ints are boxed long, str is PyStr); KeyNotFoundException when unbound.</summary>
    public object? Get(string name) =>
        TryGet(name, out var value) ? value : throw new KeyNotFoundException($"name '{name}' is not defined in the scope");

    /// <summary>A variable converted to <typeparamref name="T"/> (checked: InvalidCastException, OverflowException).</summary>
    public T Get<T>(string name) => ClrConversion.ToClr<T>(Get(name));

    public bool TryGet(string name, out object? value) => Globals.TryGetValue(new PyStr(name), out value);

    /// <summary>Binds a variable to a .NET value, converted to its Python equivalent.</summary>
    public void Set(string name, object? value) => Globals[new PyStr(name)] = ClrConversion.ToPython(value);

    public bool Remove(string name) => Globals.Remove(new PyStr(name));

    /// <summary>Runs statements in this scope.</summary>
    public PythonScope Execute(string source) => _engine.Execute(source, this);

    public object? Evaluate(string expression) => _engine.Evaluate(expression, this);

    public T Evaluate<T>(string expression) => _engine.Evaluate<T>(expression, this);

    /// <summary>Calls the callable bound to <paramref name="name"/> with .NET arguments.</summary>
    public object? Call(string name, params object?[] args) => _engine.Call(Get(name), args);

    public T Call<T>(string name, params object?[] args) => ClrConversion.ToClr<T>(Call(name, args));
}
