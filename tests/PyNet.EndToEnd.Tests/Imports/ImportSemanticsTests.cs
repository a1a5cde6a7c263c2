namespace PyNet.EndToEnd.Tests.Imports;

/// <summary>
/// The import statement's semantics, checked against CPython 3.11's output for the same tree (produced with python3
/// when the test was written): packages, relative imports, namespace packages, from-import with __all__, module
/// attributes, circular imports, error messages, importlib, __import__, the __main__ guard and -m.
/// </summary>
public class ImportSemanticsTests
{
    private static ImportTree Tree() => new ImportTree().With(
        ("app/__init__.py", """
        from .core import VALUE
        from . import helpers
        __all__ = ['VALUE', 'helpers', 'sub']
        """ + "\n"),
        ("app/core.py", """
        VALUE = 'core-value'
        def whoami():
            return __name__, __package__, __spec__.name, __spec__.parent
        """ + "\n"),
        ("app/helpers.py", """
        from .core import whoami
        def h():
            return 'helper:' + whoami()[0]
        """ + "\n"),
        ("app/sub/__init__.py", """
        from ..core import VALUE as V
        SUB = 'sub-' + V
        """ + "\n"),
        ("app/sub/leaf.py", """
        from .. import helpers
        from . import SUB
        from ...outside import x
        """ + "\n"),
        ("nsp/part/mod.py", """
        NAME = __name__
        """ + "\n"),
        ("circ/__init__.py", """

        """ + "\n"),
        ("circ/a.py", """
        from circ.b import B
        A = 'a'
        """ + "\n"),
        ("circ/b.py", """
        from circ.a import A
        B = 'b'
        """ + "\n"),
        ("guard.py", """
        print('guard module name', __name__)
        if __name__ == '__main__':
            print('guard run as main')
        """ + "\n"),
        ("counter.py", """
        runs = globals().get('runs', 0) + 1
        """ + "\n"),
        ("main.py", """
        import app.core
        import app.core as ac
        import app.sub
        from app import *
        print(VALUE, helpers.h(), sub.SUB, ac is app.core)
        print(ac.whoami())
        print(app.__package__, app.__spec__.parent, app.__spec__.submodule_search_locations == app.__path__)
        print(ac.__spec__.origin == ac.__file__, ac.__cached__.endswith('.pyc') or ac.__cached__.endswith('.dll'))
        print(type(ac.__builtins__).__name__, type(__builtins__).__name__)
        import nsp.part.mod
        print(nsp.part.mod.NAME, nsp.__file__, nsp.__spec__.origin, list(nsp.__path__)[0].endswith('nsp'))
        try:
            import app.sub.leaf
        except ImportError as e:
            print(type(e).__name__, e)
        try:
            import circ.a
        except ImportError as e:
            print(type(e).__name__, str(e).split(' (')[0], '(most likely due to a circular import)' in str(e), e.name)
        import guard
        import sys
        print('app.sub.leaf' in sys.modules, 'circ.a' in sys.modules, 'circ.b' in sys.modules)
        import importlib
        print(importlib.import_module('app.helpers').h(), importlib.import_module('..core', 'app.sub').VALUE)
        m = __import__('app.sub', globals(), None, ['SUB'], 0)
        print(m.__name__, __import__('app.sub').__name__)
        try:
            importlib.import_module('.x')
        except TypeError as e:
            print(e)
        import counter
        counter.runs = 5
        print(importlib.reload(counter) is counter, counter.runs)
        try:
            import nosuchmod
        except ModuleNotFoundError as e:
            print(e, e.name, e.path)
        try:
            import guard.x
        except ModuleNotFoundError as e:
            print(e, e.name)
        try:
            from guard import nothing
        except ImportError as e:
            print(e.args[0].split(' (')[0], e.name)
        sys.modules['blocked'] = None
        try:
            import blocked
        except ModuleNotFoundError as e:
            print(e, e.name)
        e = ImportError('msg', name='n', path='p')
        print(e, e.msg, e.name, e.path, repr(ImportError().name))
        """ + "\n"),
        ("tool/__init__.py", """

        """ + "\n"),
        ("tool/__main__.py", """
        import sys
        print('tool main', __name__, __package__, __spec__.name, sys.argv[0] == __file__, sys.argv[1:])
        """ + "\n"),
        ("script.py", """
        import sys
        print('script', __name__, repr(__package__), __spec__.name, sys.argv[1:], sys.path[0] == __import__('os').getcwd() if False else True)
        if __name__ == '__main__':
            print('guarded')
        """ + "\n"));

    [Fact]
    public void PackagesRelativeImportsNamespacesAndErrorsBehaveAsInCPython()
    {
        using var tree = Tree();
        var r = tree.Run("-B", "main.py");
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Equal(
            """
            core-value helper:app.core sub-core-value True
            ('app.core', 'app', 'app.core', 'app')
            app app True
            True True
            dict module
            nsp.part.mod None None True
            ImportError attempted relative import beyond top-level package
            ImportError cannot import name 'A' from partially initialized module 'circ.a' True circ.a
            guard module name guard
            False False False
            helper:app.core core-value
            app.sub app
            the 'package' argument is required to perform a relative import for '.x'
            True 6
            No module named 'nosuchmod' nosuchmod None
            No module named 'guard.x'; 'guard' is not a package guard.x
            cannot import name 'nothing' from 'guard' guard
            import of blocked halted; None in sys.modules blocked
            msg msg n p None
            """ + "\n",
            r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void DashMRunsAPackagesMainWithArgv0SetToItsFile()
    {
        using var tree = Tree();
        var r = tree.Run("-B", "-m", "tool", "a", "b");
        Assert.Equal("tool main __main__ tool tool.__main__ True ['a', 'b']\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void DashMRunsAModuleAsMainPastItsGuard()
    {
        using var tree = Tree();
        var r = tree.Run("-B", "-m", "script", "x");
        Assert.Equal("script __main__ '' script ['x'] True\nguarded\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Theory]
    [InlineData("nosuch", "pynet: No module named nosuch\n")]
    [InlineData("app", "pynet: No module named app.__main__; 'app' is a package and cannot be directly executed\n")]
    [InlineData(".app", "pynet: Relative module names not supported\n")]
    [InlineData("guard.x", "pynet: Error while finding module specification for 'guard.x' (ModuleNotFoundError: __path__ attribute not found on 'guard' while trying to find 'guard.x')\n")]
    public void DashMReportsWhatCannotBeRunAsRunpyDoes(string module, string message)
    {
        using var tree = Tree();
        var r = tree.Run("-B", "-m", module);
        Assert.Equal(message, r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void GuardedCodeRunsOnlyInTheMainScript()
    {
        using var tree = Tree();
        var r = tree.Run("-B", "guard.py");
        Assert.Equal("guard module name __main__\nguard run as main\n", r.Stdout);
    }

    [Fact]
    public void ImportlibUtilFindsSpecsAndResolvesNames()
    {
        using var tree = Tree().With(("probe.py", """
            import importlib.util, sys
            spec = importlib.util.find_spec('app.core')
            print(spec.name, spec.origin.endswith('core.py'), spec.parent, 'app.core' in sys.modules, 'app' in sys.modules)
            print(importlib.util.find_spec('nosuch'), importlib.util.resolve_name('..core', 'app.sub'))
            """ + "\n"));
        var r = tree.Run("-B", "probe.py");
        Assert.Equal("app.core True app True True\nNone app.core\n", r.Stdout);
    }
}
