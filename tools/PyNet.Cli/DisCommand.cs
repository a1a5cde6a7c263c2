namespace PyNet.Cli;

internal static class DisCommand
{
    public static int Run(string[] args) => Usage.Fail("pynet dis: not yet");
}
