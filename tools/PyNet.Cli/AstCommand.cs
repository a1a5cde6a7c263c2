namespace PyNet.Cli;

/// <summary>`pynet ast FILE [--no-attributes]`: prints the tree as CPython's ast.dump does.</summary>
internal static class AstCommand
{
    public static int Run(string[] args)
    {
        System.Console.Error.WriteLine("pynet ast: not implemented yet");
        return 2;
    }
}
