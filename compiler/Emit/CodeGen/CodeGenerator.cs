using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Writes the IL of one code unit (module body, function, lambda, class body or comprehension) as a static method of
/// the module class. Values are objects on the evaluation stack. Every runtime call that can fail is followed by a
/// check for <see cref="PyOps.Raised"/> that branches to a stub: the stub pops what the stack holds, records the
/// traceback entry (code object, line) and jumps to the innermost handler, or to the exit that returns Raised. No .NET
/// exception handling is emitted (see docs/design.md, "Exceptions"). Split by node kind across partial files.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly ModuleEmitter _module;
    private readonly SymbolTable _symbols;
    private readonly Scope _scope;
    private readonly UnitKind _kind;
    private readonly Dictionary<string, VariableDefinition> _locals = new();
    private readonly Dictionary<string, VariableDefinition> _cells = new();
    private readonly Dictionary<StubKey, Label> _stubs = new();
    private readonly List<StubKey> _pendingStubs = new();
    private readonly List<Block> _blocks = new();
    private readonly Dictionary<string, Stack<VariableDefinition>> _temps = new();
    private ILBuilder _il = null!;
    private FieldReference _code = null!;
    private VariableDefinition? _globals;
    private VariableDefinition? _namespace;
    private VariableDefinition _returnValue = null!;
    private Label _returnLabel = null!;
    private Label _errorExit = null!;
    private Label _errorTarget = null!;

    private CodeGenerator(ModuleEmitter module, SymbolTable symbols, Scope scope, UnitKind kind)
    {
        _module = module;
        _symbols = symbols;
        _scope = scope;
        _kind = kind;
    }

    private enum UnitKind
    {
        Module,
        Function,
        ClassBody,

        /// <summary>The resumable body of a generator or coroutine: (PyGenerator generator, object sent).</summary>
        Generator,
    }

    /// <summary>
    /// What identifies a shared failure stub. A class, not a struct: a dictionary keyed by a struct of this assembly
    /// runs generic code that no precompiled image holds, jit-compiled again at every compilation.
    /// </summary>
    private sealed record class StubKey(string Shape, long Position, int Anchors, Label Target, bool AddTraceback);

    /// <summary>Compiles a module body into the module class's Body method.</summary>
    /// <summary>Compiles a module's body; returns the Body method (for an entry point that runs it).</summary>
    public static MethodDefinition CompileModule(ModuleEmitter module, SymbolTable symbols, Module tree, SourceText source)
    {
        var gen = new CodeGenerator(module, symbols, symbols.Root, UnitKind.Module) { Source = source };
        var method = module.DefineBodyMethod();
        gen._code = module.Code("<module>", "<module>", 1, 0, 0, 0, 0, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
        gen.EmitUnit(method, () =>
        {
            if (Docstring(tree.Body) is { } doc)
            {
                gen._il.LoadStaticField(module.Constant(doc));
                gen.EmitStoreName("__doc__", tree.Body[0]);
            }
            gen.EmitSetupAnnotations(tree.Body);
            gen.CollectLeadingFutureImports(tree.Body);
            gen.EmitStatements(tree.Body);
        }, null);
        return method;
    }

    /// <summary>eval mode: the body evaluates one expression and returns its value.</summary>
    public static void CompileExpression(ModuleEmitter module, SymbolTable symbols, Expression tree, SourceText source)
    {
        var gen = new CodeGenerator(module, symbols, symbols.Root, UnitKind.Module) { Source = source };
        var method = module.DefineBodyMethod();
        gen._code = module.Code("<module>", "<module>", 1, 0, 0, 0, 0, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
        gen.EmitUnit(method, () =>
        {
            gen.EmitExpression(tree.Body);
            gen._il.StoreLocal(gen._returnValue);
            gen._il.Branch(gen._returnLabel);
        }, null);
    }

    /// <summary>single mode (the REPL): statements, with the values of expression statements shown by sys.displayhook.</summary>
    public static void CompileInteractive(ModuleEmitter module, SymbolTable symbols, Interactive tree, SourceText source)
    {
        var gen = new CodeGenerator(module, symbols, symbols.Root, UnitKind.Module) { Source = source, _interactive = true };
        var method = module.DefineBodyMethod();
        gen._code = module.Code("<module>", "<module>", 1, 0, 0, 0, 0, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
        gen.EmitUnit(method, () =>
        {
            gen.CollectLeadingFutureImports(tree.Body);
            gen.EmitStatements(tree.Body);
        }, null);
    }

    private bool _interactive;

    /// <summary>The PyThreadState the prologue returned: set on every entry (and resume), never saved by a yield.</summary>
    private VariableDefinition _threadState = null!;

    // --- unit frame ---------------------------------------------------------------------------------------------

    private TypeReference Object => _module.ObjectType;

    private MethodReference Runtime(System.Reflection.MethodBase m) => _module.Import(m);

    private FieldReference Runtime(System.Reflection.FieldInfo f) => _module.Import(f);

    /// <summary>Prologue, body, epilogue and error stubs of a unit.</summary>
    private void EmitUnit(MethodDefinition method, Action body, Action? prologue)
    {
        _il = new ILBuilder(method);
        _returnValue = _il.DeclareLocal(Object);
        _returnLabel = _il.DefineLabel("return");
        _errorExit = _il.DefineLabel("error_exit");
        _errorTarget = _errorExit;
        var leaveFrame = _il.DefineLabel("leave_frame_error");

        _threadState = _il.DeclareLocal(_module.Import(typeof(PyThreadState)));
        if (_kind == UnitKind.Generator)
        {
            EmitEnterGeneratorFrame();
        }
        else
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_EnterFrame));
        }
        _il.Dup();
        _il.StoreLocal(_threadState);
        _il.BranchIfFalse(leaveFrame);
        if (_kind == UnitKind.Generator)
        {
            _restoreLabel = _il.DefineLabel("restore");
            _yieldValue = _il.DeclareLocal(Object);
            _il.LoadArg(0);
            _il.LoadField(Runtime(RuntimeMembers.PyGenerator_State));
            _il.BranchIfTrue(_restoreLabel);
        }
        SetUpVariables();
        prologue?.Invoke();
        body();
        if (_il.IsReachable)
        {
            EmitImplicitReturn();
        }

        _il.Mark(_returnLabel);
        if (_kind == UnitKind.Generator)
        {
            _il.LoadArg(0);
            _il.LoadInt(-1);
            _il.StoreField(Runtime(RuntimeMembers.PyGenerator_State));
        }
        EmitLeaveFrame();
        _il.LoadLocal(_returnValue);
        _il.Return();

        _il.Mark(_errorExit);
        EmitLeaveFrame();
        _il.Mark(leaveFrame);
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Raised));
        _il.Return();

        EmitStubs();
        if (_kind == UnitKind.Generator)
        {
            EmitSaveAndRestore();
        }
        _il.Finish();
    }

    /// <summary>The frame count taken by the prologue is given back (on every exit, and at each yield).</summary>
    private void EmitLeaveFrame()
    {
        _il.LoadLocal(_threadState);
        _il.Call(Runtime(RuntimeMembers.PyOps_LeaveFrame));
    }

    private void EmitImplicitReturn()
    {
        if (_kind == UnitKind.ClassBody && _cells.TryGetValue("__class__", out var classCell) && _scope.CellVars.Contains("__class__"))
        {
            _il.LoadLocal(classCell);
        }
        else
        {
            _il.LoadNull();
        }
        _il.StoreLocal(_returnValue);
        _il.Branch(_returnLabel);
    }

    /// <summary>Declares IL locals and cells for the scope's variables and initialises them.</summary>
    private void SetUpVariables()
    {
        if (_kind == UnitKind.Module)
        {
            return;
        }
        _globals = _il.DeclareLocal(_module.Import(typeof(PyDict)));
        LoadFunctionObject();
        _il.LoadField(Runtime(RuntimeMembers.PyFunction_Globals));
        _il.StoreLocal(_globals);
        if (_kind == UnitKind.ClassBody)
        {
            _namespace = _il.DeclareLocal(_module.Import(typeof(PyDict)));
            _il.LoadArg(1);
            _il.CastClass(_module.Import(typeof(PyDict)));
            _il.StoreLocal(_namespace);
        }
        var cellType = _module.Import(typeof(PyCell));
        // Free variables: the function's closure cells, in the scope's FreeVars order.
        for (var i = 0; i < _scope.FreeVars.Count; i++)
        {
            var cell = _il.DeclareLocal(cellType);
            LoadFunctionObject();
            _il.LoadField(Runtime(RuntimeMembers.PyFunction_Closure));
            _il.LoadInt(i);
            _il.LoadElementRef();
            _il.StoreLocal(cell);
            _cells[_scope.FreeVars[i]] = cell;
        }
        foreach (var name in _scope.CellVars)
        {
            var cell = _il.DeclareLocal(cellType);
            var paramIndex = _scope.Parameters.IndexOf(name);
            if (paramIndex >= 0)
            {
                LoadParameter(paramIndex);
                _il.NewObject(Runtime(RuntimeMembers.PyCell_NewWithValue));
            }
            else
            {
                _il.NewObject(Runtime(RuntimeMembers.PyCell_New));
            }
            _il.StoreLocal(cell);
            _cells[name] = cell;
        }
        if (_kind == UnitKind.ClassBody)
        {
            return;
        }
        var rangeTargets = new HashSet<string>();
        var numeric = _kind is UnitKind.Function or UnitKind.Generator ? FindNumericLocals(_scope, rangeTargets).Select(Mangle).ToHashSet() : new HashSet<string>();
        _intLocals = rangeTargets.Select(Mangle).ToHashSet();
        if (_kind is UnitKind.Function or UnitKind.Generator)
        {
            _surelyBound = FindSurelyBoundLoads(_scope);
        }
        foreach (var symbol in _scope.Symbols.Values)
        {
            if (symbol.Storage != SymbolStorage.Local)
            {
                continue;
            }
            if (numeric.Contains(symbol.Name))
            {
                var index = _scope.Parameters.IndexOf(symbol.Name);
                if (index >= 0)
                {
                    LoadParameter(index);
                }
                else
                {
                    _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                }
                DeclareNumber(symbol.Name);
                continue;
            }
            var local = _il.DeclareLocal(Object);
            _locals[symbol.Name] = local;
            var paramIndex = _scope.Parameters.IndexOf(symbol.Name);
            if (paramIndex >= 0)
            {
                LoadParameter(paramIndex);
            }
            else
            {
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
            }
            _il.StoreLocal(local);
        }
    }

    /// <summary>--> the PyFunction whose code runs (a generator body reaches it through its generator).</summary>
    private void LoadFunctionObject()
    {
        _il.LoadArg(0);
        if (_kind == UnitKind.Generator)
        {
            _il.LoadField(Runtime(RuntimeMembers.PyGenerator_Function));
        }
    }

    /// <summary>Parameter i of the Python function: an IL argument, or an element of the bound-arguments array.</summary>
    private void LoadParameter(int index)
    {
        if (_kind == UnitKind.Generator)
        {
            EmitLoadGeneratorSlot(index);
            return;
        }
        if (_il.Method.Parameters.Count == 2 && _il.Method.Parameters[1].ParameterType is ArrayType)
        {
            _il.LoadArg(1);
            _il.LoadInt(index);
            _il.LoadElementRef();
        }
        else
        {
            _il.LoadArg(index + 1);
        }
    }

    // --- error checks ---------------------------------------------------------------------------------------------

    /// <summary>value --> value; branches to the handler when the value is Raised.</summary>
    private void CheckObject(Node at)
    {
        var stub = Stub(_il.Shape, at, true);
        _il.Dup();
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Raised));
        _il.BranchIfEqual(stub);
    }

    /// <summary>null-or-Raised --> ; for operations with no result.</summary>
    private void CheckVoid(Node at)
    {
        var shape = _il.Shape;
        var stub = Stub(shape[..^1], at, true);
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Raised));
        _il.BranchIfEqual(stub);
    }

    /// <summary>int --> int; branches to the handler when the int is -1.</summary>
    private void CheckInt(Node at)
    {
        var stub = Stub(_il.Shape, at, true);
        _il.Dup();
        _il.LoadInt(-1);
        _il.BranchIfEqual(stub);
    }

    /// <summary>Raised --> ; jumps to the handler (a raise statement, or an operation known to have failed).</summary>
    private void JumpToHandler(Node at, bool addTraceback)
    {
        _il.Pop();
        _il.Branch(Stub(_il.Shape, at, addTraceback));
    }

    /// <summary>The stub for a failure when the stack has <paramref name="shape"/> (what the stub must pop).</summary>
    private Label Stub(string shape, Node at, bool addTraceback)
    {
        if (!_il.IsReachable)
        {
            return _il.DefineLabel("dead_stub");
        }
        var key = new StubKey(shape, TracebackPositions.Pack(at), TracebackPositions.Anchors(at, _source), _errorTarget, addTraceback);
        _il.ExpectBranch(_errorTarget, string.Empty);
        if (!_stubs.TryGetValue(key, out var label))
        {
            label = _il.DefineLabel($"stub_{at.Lineno}");
            _stubs[key] = label;
            _pendingStubs.Add(key);
        }
        return label;
    }

    /// <summary>
    /// Each stub pops what the failing operation left on the stack; one that adds a traceback entry then pushes its
    /// index into the unit's table of positions and branches to the traceback tail of its error target, which adds the
    /// entry and goes on: a stub is a few bytes of IL instead of a call with three arguments (docs/design.md,
    /// "IL size and warm-up").
    /// </summary>
    private void EmitStubs()
    {
        var tails = new Dictionary<Label, Label>(ReferenceEqualityComparer.Instance);
        var entries = new Dictionary<(long, int), int>();
        var table = new StringBuilder();
        for (var i = 0; i < _pendingStubs.Count; i++)
        {
            var key = _pendingStubs[i];
            _il.Mark(_stubs[key]);
            for (var k = 0; k < key.Shape.Length; k++)
            {
                _il.Pop();
            }
            if (!key.AddTraceback)
            {
                _il.Branch(key.Target);
                continue;
            }
            if (!entries.TryGetValue((key.Position, key.Anchors), out var index))
            {
                index = entries.Count;
                entries[(key.Position, key.Anchors)] = index;
                TracebackPositions.AppendEntry(table, key.Position, key.Anchors);
            }
            if (!tails.TryGetValue(key.Target, out var tail))
            {
                tail = _il.DefineLabel("traceback_tail");
                tails[key.Target] = tail;
            }
            _il.LoadInt(index);
            _il.Branch(tail);
        }
        var positions = table.ToString();
        foreach (var (target, tail) in tails)
        {
            // index --> ; adds the traceback entry and goes on to the error target.
            _il.Mark(tail);
            _il.LoadStaticField(_code);
            _il.LoadString(positions);
            _il.Call(Runtime(RuntimeMembers.PyOps_AddTracebackAt));
            _il.Branch(target);
        }
    }

    // --- temporaries ---------------------------------------------------------------------------------------------

    private VariableDefinition Temp(TypeReference? type = null)
    {
        type ??= Object;
        if (_temps.TryGetValue(type.FullName, out var pool) && pool.Count > 0)
        {
            return pool.Pop();
        }
        return _il.DeclareLocal(type);
    }

    private void Release(VariableDefinition temp)
    {
        if (!_temps.TryGetValue(temp.VariableType.FullName, out var pool))
        {
            pool = new Stack<VariableDefinition>();
            _temps[temp.VariableType.FullName] = pool;
        }
        pool.Push(temp);
    }

    // --- blocks (loops, finally, handlers, with) -------------------------------------------------------------------

    private abstract class Block
    {
    }

    private sealed class LoopBlock : Block
    {
        public LoopBlock(Label breakLabel, Label continueLabel, VariableDefinition? temporaryIterator = null)
        {
            Break = breakLabel;
            Continue = continueLabel;
            TemporaryIterator = temporaryIterator;
        }

        public Label Break { get; }

        public Label Continue { get; }

        /// <summary>The iterator of a for loop over a temporary (a call's result): closed when the loop is left early.</summary>
        public VariableDefinition? TemporaryIterator { get; }
    }

    private sealed class FinallyBlock : Block
    {
        public FinallyBlock(Action emitBody, Label outerErrorTarget)
        {
            EmitBody = emitBody;
            OuterErrorTarget = outerErrorTarget;
        }

        public Action EmitBody { get; }

        public Label OuterErrorTarget { get; }
    }

    /// <summary>Inside an except (or finally-after-exception) body: leaving it pops the handled exception.</summary>
    private sealed class HandlerBlock : Block
    {
        public HandlerBlock(string? boundName)
        {
            BoundName = boundName;
        }

        public string? BoundName { get; }

        public bool IsExceptStar { get; init; }
    }

    /// <summary>CPython forbids leaving an except* handler with break, continue or return.</summary>
    private void CheckNotInExceptStar(Node node, Block? stop)
    {
        for (var i = _blocks.Count - 1; i >= 0 && !ReferenceEquals(_blocks[i], stop); i--)
        {
            if (_blocks[i] is HandlerBlock { IsExceptStar: true })
            {
                throw CompileError(node, "'break', 'continue' and 'return' cannot appear in an except* block");
            }
        }
    }

    /// <summary>
    /// Emits what leaving the innermost blocks requires, up to (not including) <paramref name="stop"/>: pops handled
    /// exceptions and runs finally bodies inline, each with the handler context outside its try statement.
    /// </summary>
    private void EmitUnwind(Block? stop, Node at)
    {
        var saved = _blocks.ToList();
        var savedTarget = _errorTarget;
        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            var block = _blocks[i];
            if (ReferenceEquals(block, stop))
            {
                break;
            }
            _blocks.RemoveRange(i, _blocks.Count - i);
            switch (block)
            {
                case HandlerBlock hb:
                    if (hb.BoundName != null)
                    {
                        EmitClearName(hb.BoundName);
                    }
                    _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
                    break;
                case FinallyBlock fb:
                    _errorTarget = fb.OuterErrorTarget;
                    fb.EmitBody();
                    break;
                case LoopBlock { TemporaryIterator: { } iterator }:
                    EmitCloseTemporary(iterator);
                    break;
            }
            if (!_il.IsReachable)
            {
                break;
            }
        }
        _blocks.Clear();
        _blocks.AddRange(saved);
        _errorTarget = savedTarget;
    }

    private void EmitCloseTemporary(VariableDefinition iterator)
    {
        _il.LoadLocal(iterator);
        _il.Call(Runtime(RuntimeMembers.PyOps_CloseTemporaryIterator));
    }

    private PythonSyntaxError CompileError(Node node, string message) =>
        ScopeErrors.At(node, _module.Filename, message, _source ?? new SourceText(string.Empty));

    private SourceText? _source;

    /// <summary>The source text, for compile errors raised by code generation (break outside loop, ...).</summary>
    public SourceText? Source
    {
        get => _source;
        set => _source = value;
    }
}
