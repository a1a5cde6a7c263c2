namespace PyNet.Runtime;

/// <summary>
/// What CPython calls a code object: the static description of a compiled function, class body or module body. The
/// compiled IL method itself is reached through the function object's delegates; this object carries names and
/// positions for tracebacks, introspection and argument binding.
/// </summary>
public sealed class PyCode : PyObject
{
    public PyCode(string name, string qualName, string filename, int firstLineno, int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags, string[] varNames)
    {
        Name = name;
        QualName = qualName;
        Filename = filename;
        FirstLineno = firstLineno;
        ArgCount = argCount;
        PosOnlyArgCount = posOnlyArgCount;
        KwOnlyArgCount = kwOnlyArgCount;
        Flags = flags;
        VarNames = varNames;
    }

    /// <summary>Called from compiled module initialisers; name lists are comma-separated.</summary>
    public static PyCode Create(string name, string qualName, string filename, int firstLineno, int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags, string varNames, string freeVars, string cellVars)
    {
        static string[] Split(string s) => s.Length == 0 ? System.Array.Empty<string>() : s.Split(',');
        return new PyCode(name, qualName, filename, firstLineno, argCount, posOnlyArgCount, kwOnlyArgCount, flags, Split(varNames))
        {
            FreeVars = Split(freeVars),
            CellVars = Split(cellVars),
        };
    }

    public const int FlagVarArgs = 0x04;
    public const int FlagVarKeywords = 0x08;
    public const int FlagNested = 0x10;
    public const int FlagGenerator = 0x20;
    public const int FlagCoroutine = 0x80;
    public const int FlagAsyncGenerator = 0x200;

    public string Name { get; }

    public string QualName { get; }

    public string Filename { get; }

    /// <summary>
    /// The globals of the first function made from this code (a compiled code object runs in one module's namespace):
    /// the f_globals of its frames in tracebacks, which keep no frames of their own. Null for a module body's code.
    /// </summary>
    public PyDict? Globals { get; set; }

    public int FirstLineno { get; }

    /// <summary>Positional parameters, positional-only included (co_argcount).</summary>
    public int ArgCount { get; }

    public int PosOnlyArgCount { get; }

    public int KwOnlyArgCount { get; }

    public int Flags { get; }

    /// <summary>Parameter names first (positional, keyword-only, *args, **kwargs), then other locals.</summary>
    public string[] VarNames { get; }

    public string[] FreeVars { get; set; } = System.Array.Empty<string>();

    public string[] CellVars { get; set; } = System.Array.Empty<string>();

    /// <summary>The compiled body of a module-level code object (exec/eval/compile): runs in (globals, locals).</summary>
    public System.Func<PyDict, PyDict, object?>? Body { get; set; }

    /// <summary>compile() mode of a code object made at run time ("exec", "eval", "single"), else null.</summary>
    public string? Mode { get; set; }

    public bool HasVarArgs => (Flags & FlagVarArgs) != 0;

    public bool HasVarKeywords => (Flags & FlagVarKeywords) != 0;

    /// <summary>Number of parameters the compiled method receives after binding.</summary>
    public int TotalParameters => ArgCount + KwOnlyArgCount + (HasVarArgs ? 1 : 0) + (HasVarKeywords ? 1 : 0);

    /// <summary>The interned names of the parameters that keywords can name (positional and keyword-only), for argument binding.</summary>
    internal PyStr[] KeywordParameterNames => _keywordParameterNames ??= CreateKeywordParameterNames();

    private PyStr[]? _keywordParameterNames;

    /// <summary>The traceback positions handed out as tb_lasti (see <see cref="PositionIndex"/>), in order.</summary>
    private System.Collections.Generic.List<long>? _positions;

    private System.Collections.Generic.Dictionary<long, int>? _positionIndexes;

    /// <summary>
    /// A traceback position's index in <c>co_positions()</c>. Compiled code has no bytecode offsets, so a traceback
    /// entry's <c>tb_lasti</c> is twice this index (CPython's code units per instruction), given out the first time a
    /// traceback asks: the traceback module's <c>co_positions()[tb_lasti // 2]</c> then finds the entry's line and
    /// columns, and draws the same carets as the uncaught-exception printer.
    /// </summary>
    internal int PositionIndex(long position)
    {
        lock (this)
        {
            _positions ??= new();
            _positionIndexes ??= new();
            if (!_positionIndexes.TryGetValue(position, out var index))
            {
                index = _positions.Count;
                _positions.Add(position);
                _positionIndexes.Add(position, index);
            }
            return index;
        }
    }

    private PyList Positions()
    {
        lock (this)
        {
            var list = new PyList();
            foreach (var position in _positions ?? new System.Collections.Generic.List<long>())
            {
                list.Append(PyTraceback.PositionTuple(position));
            }
            return list;
        }
    }

    private PyStr[] CreateKeywordParameterNames()
    {
        var names = new PyStr[ArgCount + KwOnlyArgCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = PyStr.Intern(VarNames[i]);
        }
        return names;
    }

    public override PyType Type => PyType.CodeType;

    internal static void Init(PyType t)
    {
        static PyTuple Names(string[] names) => PyTuple.Create(System.Array.ConvertAll(names, n => (object?)new PyStr(n)));
        t.DefGetSet("co_name", self => new PyStr(((PyCode)self).Name));
        t.DefGetSet("co_qualname", self => new PyStr(((PyCode)self).QualName));
        t.DefGetSet("co_filename", self => new PyStr(((PyCode)self).Filename));
        t.DefGetSet("co_firstlineno", self => PyInt.Box(((PyCode)self).FirstLineno));
        t.DefGetSet("co_argcount", self => PyInt.Box(((PyCode)self).ArgCount));
        t.DefGetSet("co_posonlyargcount", self => PyInt.Box(((PyCode)self).PosOnlyArgCount));
        t.DefGetSet("co_kwonlyargcount", self => PyInt.Box(((PyCode)self).KwOnlyArgCount));
        t.DefGetSet("co_flags", self => PyInt.Box(((PyCode)self).Flags));
        t.DefGetSet("co_varnames", self => Names(((PyCode)self).VarNames));
        t.DefGetSet("co_nlocals", self => PyInt.Box(((PyCode)self).VarNames.Length));
        t.DefGetSet("co_freevars", self => Names(((PyCode)self).FreeVars));
        t.DefGetSet("co_cellvars", self => Names(((PyCode)self).CellVars));
        t.DefMethod("co_positions", self => new PyListIterator(((PyCode)self!).Positions()));
        t.DefMethod("__repr__", self =>
        {
            var c = (PyCode)self!;
            return new PyStr($"<code object {c.Name} at 0x{ObjectMembers.IdentityHash(c) << 4:x12}, file \"{c.Filename}\", line {c.FirstLineno}>");
        });
    }
}
