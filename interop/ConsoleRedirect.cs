using System.IO;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// System.Console's output as seen from Python programs: it writes through sys.stdout (or sys.stderr), so text from
/// .NET code (Console.WriteLine) and from print() come out in program order through one buffer.
/// </summary>
public sealed class ConsoleRedirect : TextWriter
{
    private readonly bool _isError;

    public ConsoleRedirect(bool isError)
    {
        _isError = isError;
        NewLine = "\n";
    }

    public override Encoding Encoding => Encoding.UTF8;

    private PyTextFile Target => _isError ? Sys.Stderr : Sys.Stdout;

    public override void Write(char value) => Target.Write(value.ToString());

    public override void Write(string? value)
    {
        if (value != null)
        {
            Target.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Target.Write(new string(buffer, index, count));

    public override void Flush() => Target.Flush();

    public static void Install()
    {
        System.Console.SetOut(new ConsoleRedirect(false));
        System.Console.SetError(new ConsoleRedirect(true));
    }
}
