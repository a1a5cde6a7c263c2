namespace PyNet.Runtime;

/// <summary>
/// Modules that do not come from files: the interop layer's .NET namespaces (<c>import System.IO</c>) and its
/// <c>clr</c> module. The importer asks it only after the builtin modules and the path found nothing, so programs
/// that import only Python modules never load it.
/// </summary>
public interface IForeignModuleProvider
{
    /// <summary>The module for <paramref name="fullName"/> (its parent is already imported), or null.</summary>
    object? TryImport(string fullName);
}
