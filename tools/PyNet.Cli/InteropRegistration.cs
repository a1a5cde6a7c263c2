using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// Registers the .NET interop layer with the importer without loading it: only <see cref="Load"/> touches its types,
/// and the JIT compiles it (loading PyNet.Interop.dll) on the first import that no Python module satisfies
/// (<c>import System</c>, <c>import clr</c>).
/// </summary>
internal static class InteropRegistration
{
    public static void Register() => Importer.ForeignModules ??= new LazyForeignModules();

    private static IForeignModuleProvider Load() => PyNet.Interop.ClrRuntime.Install();

    private sealed class LazyForeignModules : IForeignModuleProvider
    {
        private IForeignModuleProvider? _provider;

        public object? TryImport(string fullName) => (_provider ??= Load()).TryImport(fullName);
    }
}
