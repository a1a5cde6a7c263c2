namespace PyNet.Runtime;

/// <summary>`pynet -v` (PYTHONVERBOSE): traces imports to sys.stderr in the words of CPython's importlib.</summary>
internal static class ImportTrace
{
    public static bool IsOn => Sys.Flags.Verbose > 0;

    /// <summary>A "# ..." line (importlib's _verbose_message).</summary>
    public static void Message(string text)
    {
        if (IsOn)
        {
            Write("# " + text + "\n");
        }
    }

    /// <summary>The line that ends a module's import: import 'm' # &lt;loader&gt;.</summary>
    public static void Imported(string name, object? loader)
    {
        if (IsOn)
        {
            Write("import " + PyStr.Repr(name) + " # " + PyProtocol.Repr(loader) + "\n");
        }
    }

    private static void Write(string line)
    {
        try
        {
            Sys.Stderr.Write(line);
            Sys.Stderr.Flush();
        }
        catch (PyException)
        {
        }
    }
}
