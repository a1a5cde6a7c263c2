namespace PyNet.Runtime;

public static partial class PyErrors
{
    public static PyBaseException SearchFunctionNotCallable() => TypeError("argument must be callable");

    public static PyBaseException HandlerNotCallable() => TypeError("handler must be callable");

    public static PyBaseException CodecSearchResult() => TypeError("codec search functions must return 4-tuples");

    public static PyBaseException EncoderResult() => TypeError("encoder must return a tuple (object, integer)");

    public static PyBaseException DecoderResult() => TypeError("decoder must return a tuple (object, integer)");

    public static PyBaseException ErrorHandlerArgument(object? exc) =>
        TypeError($"don't know how to handle {PyType.Of(exc).Name} in error callback");

    public static PyBaseException CharmapMappingType() => TypeError("character mapping must return integer, None or str");
}
