using System;
using System.Numerics;

namespace PyNet.Runtime;

public static partial class PyOps
{
    private static readonly PyStr s_enter = PyStr.Intern("__enter__");
    private static readonly PyStr s_exit = PyStr.Intern("__exit__");

    public static object BuildSlice(object? start, object? stop, object? step) => new PySlice(start, stop, step);

    /// <summary>A free variable read in a class body: the class namespace first, then the cell (LOAD_CLASSDEREF).</summary>
    public static object? LoadClassFree(PyDict ns, PyCell cell, PyStr name)
    {
        if (ns.TryGetValue(name, out var v))
        {
            return v;
        }
        var value = cell.Value;
        return ReferenceEquals(value, Unbound) ? SetPending(PyErrors.UnboundFree(name.Value)) : value;
    }

    /// <summary>The start of a with statement: checks the protocol and returns the bound __exit__ (or Raised).</summary>
    public static object? WithExit(object? manager)
    {
        try
        {
            var type = PyType.Of(manager);
            var enter = type.Lookup(s_enter);
            var exit = type.Lookup(s_exit);
            if (enter == null)
            {
                return SetPending(PyErrors.NotContextManager(manager, false));
            }
            if (exit == null)
            {
                return SetPending(PyErrors.NotContextManager(manager, true));
            }
            return PyProtocol.DescriptorGet(exit, manager, type, true);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Calls __enter__: its result, or Raised.</summary>
    public static object? WithEnter(object? manager)
    {
        try
        {
            var type = PyType.Of(manager);
            return PyProtocol.CallBound(type.Lookup(s_enter), manager);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>
    /// Calls __exit__ with the exception (or three Nones): 1 when it returned true (suppress), 0, or -1 with a new
    /// exception pending.
    /// </summary>
    public static int CallWithExit(object? exit, PyBaseException? exception)
    {
        try
        {
            var r = exception == null
                ? PyCall.Call(exit, null, null, null)
                : PyCall.Call(exit, exception.Type, exception, exception.Traceback);
            return exception != null && PyProtocol.IsTrue(r) ? 1 : 0;
        }
        catch (Exception e)
        {
            Fail(e);
            return -1;
        }
    }

    public static object? DictSetItem(PyDict dict, object? key, object? value)
    {
        try
        {
            dict[key] = value;
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary><c>[*a, *b]</c>: extends a list with an iterable.</summary>
    public static object? ListExtend(PyList list, object? iterable)
    {
        try
        {
            ListMembers.Extend(list, iterable);
            return null;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError) && PyType.Of(iterable).Lookup(PyProtocol.IterName) == null && PyType.Of(iterable).Lookup(PyProtocol.GetItemName) == null)
        {
            return SetPending(PyErrors.TypeError($"Value after * must be an iterable, not {PyErrors.TypeName(iterable)}"));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary><c>{**a}</c> : merges a mapping into a dict.</summary>
    public static object? DictUpdate(PyDict dict, object? mapping)
    {
        try
        {
            if (mapping is not PyDict && !PyProtocol.TryGetAttr(mapping, s_keysName, out _))
            {
                return SetPending(PyErrors.NotAMapping(mapping));
            }
            DictMembers.Update(dict, mapping);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static readonly PyStr s_keysName = PyStr.Intern("keys");

    public static object ListToTuple(PyList list) => PyTuple.Create(list.AsSpan());

    /// <summary>Star unpacking (<c>a, *b, c = value</c>): an object[] of before + [list] + after, or Raised.</summary>
    public static object UnpackStar(object? value, int before, int after)
    {
        try
        {
            var items = Builtins.ToArray(value);
            if (items.Length < before + after)
            {
                return SetPending(PyErrors.NotEnoughToUnpackStar(before + after, items.Length));
            }
            var result = new object?[before + after + 1];
            Array.Copy(items, result, before);
            var middle = items.Length - before - after;
            var list = new PyList(middle);
            list.AddRange(items.AsSpan(before, middle));
            result[before] = list;
            Array.Copy(items, items.Length - after, result, before + 1, after);
            return result;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError) && PyType.Of(value).Lookup(PyProtocol.IterName) == null)
        {
            return SetPending(PyErrors.CannotUnpackNonIterable(value));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object MakeImaginary(double imaginary) => new Complex(0, imaginary);

    /// <summary>A class statement: metaclass selection, __prepare__, the body, then the metaclass call.</summary>
    public static object? BuildClass(PyFunction body, PyStr name, object?[] bases, object?[] keywordValues, PyStr[]? keywordNames)
    {
        try
        {
            return ClassBuilder.Build(body, name, bases, keywordValues, keywordNames);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? ImportName(PyDict globals, PyStr name, object? fromList, int level)
    {
        try
        {
            return Importer.ImportName(globals, name.Value, fromList, level);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? ImportFrom(object? module, PyStr name)
    {
        try
        {
            return Importer.ImportFrom(module, name);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? ImportStar(object? module, PyDict globals)
    {
        try
        {
            Importer.ImportStar(module, globals);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
