using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// The interop layer's entry: <see cref="Install"/> connects it to the runtime (the Python type of .NET objects,
/// the mapping of .NET exceptions) and returns the provider the importer asks for .NET namespaces and <c>clr</c>.
/// The host calls it on the first import that no Python module satisfies.
/// </summary>
public sealed class ClrRuntime : IForeignModuleProvider
{
    private static ClrRuntime? s_instance;

    private ClrRuntime()
    {
    }

    public static IForeignModuleProvider Install()
    {
        if (s_instance != null)
        {
            return s_instance;
        }
        PyType.ForeignTypeResolver = ClrTypes.TypeOf;
        PyErr.ClrExceptionMapper = ClrExceptions.Map;
        ClrNamespaces.Initialize();
        ConsoleRedirect.Install();
        return s_instance = new ClrRuntime();
    }

    public object? TryImport(string fullName) => fullName == "clr" ? ClrModule.Create() : ClrNamespaces.GetModule(fullName);
}
