namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// Whether <paramref name="function"/> is the builtin <c>len</c>: <c>len({... for ...})</c> then counts the
    /// comprehension's keys in the thread's scratch set instead of building a set (the code checks at run time, since
    /// <c>len</c> can be rebound).
    /// </summary>
    public static bool IsBuiltinLen(object? function) => function != null && ReferenceEquals(function, Builtins.LenFunction);

    /// <summary>The set a counted set comprehension adds to (<see cref="PySet.RentScratch"/>).</summary>
    public static PySet RentScratchSet() => PySet.RentScratch();

    /// <summary>The result of a counted set comprehension: its number of keys, as an int; the set is reused.</summary>
    public static object CountScratchSet(PySet set) => PyInt.Box(PySet.CountAndRecycle(set));
}
