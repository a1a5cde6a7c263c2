namespace PyNet.Runtime;

public static partial class PyErrors
{
    /// <summary>StringIO's relative seeks: an OSError, worded "cur-relative" for whence 2 too, as CPython's is.</summary>
    public static PyBaseException StringIONonZeroSeek() => New(PyExc.OSError, "Can't do nonzero cur-relative seeks");
}
