namespace PyNet.Runtime;

/// <summary>
/// The <c>itertools</c> module: lazy iterator types with CPython's argument rules, reprs and errors. The types live
/// in files by family: infinite (count, cycle, repeat), filtering (compress, dropwhile, filterfalse, islice,
/// takewhile), combining (accumulate, chain, groupby, pairwise, starmap, tee, zip_longest) and combinatoric
/// (product, permutations, combinations, combinations_with_replacement).
/// </summary>
public static class ItertoolsModule
{
    public const string Name = "itertools";

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule(Name, d);
        foreach (var t in new[]
        {
            PyCount.CountType, PyCycle.CycleType, PyRepeat.RepeatType,
            PyCompress.CompressType, PyDropWhile.DropWhileType, PyTakeWhile.TakeWhileType, PyFilterFalse.FilterFalseType,
            PyIslice.IsliceType, PyAccumulate.AccumulateType, PyChain.ChainType, PyGroupBy.GroupByType,
            PyGroupBy.GrouperType, PyPairwise.PairwiseType, PyStarmap.StarmapType, PyTee.TeeType, PyZipLongest.ZipLongestType,
            PyProduct.ProductType, PyPermutations.PermutationsType, PyCombinations.CombinationsType,
            PyCombinations.CombinationsWithReplacementType,
        })
        {
            NativeTypes.Def(d, t);
        }
        NativeTypes.Def(d, new PyBuiltinFunction("tee", PyTee.Tee));
        return m;
    }

    /// <summary>Reads a non-negative index-sized int argument (r, repeat).</summary>
    internal static long NonNegative(object? value, PyBaseException error)
    {
        var n = PyProtocol.Index(value);
        return n < 0 ? throw new PyException(error) : n;
    }

    internal static object?[] ToArray(object? iterable) => Builtins.ToArray(iterable);

}
