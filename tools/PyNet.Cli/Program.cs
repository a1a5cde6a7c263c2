namespace PyNet.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "ast")
        {
            return AstCommand.Run(args[1..]);
        }
        System.Console.Error.WriteLine("usage: pynet run FILE");
        return 2;
    }
}
