namespace PyNet.Runtime;

/// <summary>The errors of the _collections module (deque, defaultdict), worded as CPython's.</summary>
public static partial class PyErrors
{
    public static PyBaseException DequePopEmpty() => IndexError("pop from an empty deque");

    public static PyBaseException DequeIndexOutOfRange() => IndexError("deque index out of range");

    public static PyBaseException DequeFull() => IndexError("deque already at its maximum size");

    public static PyBaseException DequeMutated() => RuntimeError("deque mutated during iteration");

    public static PyBaseException DequeRemoveMissing() => ValueError("deque.remove(x): x not in deque");

    public static PyBaseException NotInDeque(object? x) => ValueError($"{PyProtocol.Repr(x)} is not in deque");

    public static PyBaseException MaxlenNegative() => ValueError("maxlen must be non-negative");

    public static PyBaseException DequeIndexType(object? key) =>
        TypeError($"sequence index must be integer, not '{TypeName(key)}'");

    public static PyBaseException DefaultFactoryNotCallable() => TypeError("first argument must be callable or None");
}
