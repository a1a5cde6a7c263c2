using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    private SymbolStorage StorageOf(string name)
    {
        if (_scope.TryGetSymbol(name, out var s))
        {
            return s.Storage;
        }
        return _scope.Kind is ScopeKind.Module or ScopeKind.Class ? SymbolStorage.Name : SymbolStorage.GlobalImplicit;
    }

    private void LoadGlobals()
    {
        if (_kind == UnitKind.Module)
        {
            _il.LoadArg(0);
        }
        else
        {
            _il.LoadLocal(_globals!);
        }
    }

    /// <summary>The namespace dictionary of a module or class body.</summary>
    private void LoadNamespace()
    {
        if (_kind == UnitKind.Module)
        {
            _il.LoadArg(1);
        }
        else
        {
            _il.LoadLocal(_namespace!);
        }
    }

    private void EmitLoadName(string rawName, Node at)
    {
        var name = Mangle(rawName);
        switch (StorageOf(name))
        {
            case SymbolStorage.Local when at is Name n && _surelyBound.Contains(n):
                EmitLoadLocalValue(name);
                break;
            case SymbolStorage.Local:
                var ok = _il.DefineLabel("bound");
                EmitLoadLocalValue(name);
                _il.Dup();
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                _il.BranchIfNotEqual(ok);
                _il.Pop();
                _il.LoadString(name);
                _il.Call(Runtime(RuntimeMembers.PyOps_UnboundLocal));
                JumpToHandler(at, true);
                _il.Mark(ok);
                break;
            case SymbolStorage.Cell:
            case SymbolStorage.Free:
                if (_kind == UnitKind.ClassBody)
                {
                    LoadNamespace();
                    _il.LoadLocal(_cells[name]);
                    _il.LoadStaticField(_module.Name(name));
                    _il.Call(Runtime(RuntimeMembers.PyOps_LoadClassFree));
                    CheckObject(at);
                    break;
                }
                var bound = _il.DefineLabel("cell_bound");
                _il.LoadLocal(_cells[name]);
                _il.LoadField(Runtime(RuntimeMembers.PyCell_Value));
                _il.Dup();
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                _il.BranchIfNotEqual(bound);
                _il.Pop();
                _il.LoadString(name);
                _il.Call(Runtime(StorageOf(name) == SymbolStorage.Cell ? RuntimeMembers.PyOps_UnboundLocal : RuntimeMembers.PyOps_UnboundFree));
                JumpToHandler(at, true);
                _il.Mark(bound);
                break;
            case SymbolStorage.GlobalExplicit:
            case SymbolStorage.GlobalImplicit:
                _il.LoadStaticField(_module.Site(RuntimeMembers.GlobalSite_New, name));
                LoadGlobals();
                _il.Call(Runtime(RuntimeMembers.GlobalSite_Load));
                CheckObject(at);
                break;
            case SymbolStorage.Name:
                LoadNamespace();
                LoadGlobals();
                _il.LoadStaticField(_module.Name(name));
                _il.Call(Runtime(RuntimeMembers.PyOps_LoadName));
                CheckObject(at);
                break;
        }
    }

    /// <summary>value --> ; stores into a variable (<paramref name="at"/> locates a failing namespace __setitem__).</summary>
    private void EmitStoreName(string rawName, Node at)
    {
        var name = Mangle(rawName);
        switch (StorageOf(name))
        {
            case SymbolStorage.Local:
                EmitStoreLocalValue(name);
                break;
            case SymbolStorage.Cell:
            case SymbolStorage.Free:
                if (_kind == UnitKind.ClassBody && !_scope.CellVars.Contains(name) && _scope.TryGetSymbol(name, out var sym) && sym.IsAssigned && !sym.IsDeclaredNonlocal)
                {
                    goto case SymbolStorage.Name;
                }
                var value = Temp();
                _il.StoreLocal(value);
                _il.LoadLocal(_cells[name]);
                _il.LoadLocal(value);
                _il.StoreField(Runtime(RuntimeMembers.PyCell_Value));
                Release(value);
                break;
            case SymbolStorage.GlobalExplicit:
            case SymbolStorage.GlobalImplicit:
                var v = Temp();
                _il.StoreLocal(v);
                LoadGlobals();
                _il.LoadStaticField(_module.Name(name));
                _il.LoadLocal(v);
                _il.Call(Runtime(RuntimeMembers.PyOps_StoreName));
                Release(v);
                CheckVoid(at);
                break;
            case SymbolStorage.Name:
                var nv = Temp();
                _il.StoreLocal(nv);
                LoadNamespace();
                _il.LoadStaticField(_module.Name(name));
                _il.LoadLocal(nv);
                _il.Call(Runtime(RuntimeMembers.PyOps_StoreName));
                Release(nv);
                CheckVoid(at);
                break;
        }
    }

    /// <summary><c>del name</c>: unbinds, raising NameError/UnboundLocalError when not bound.</summary>
    private void EmitDeleteName(string rawName, Node at)
    {
        var name = Mangle(rawName);
        switch (StorageOf(name))
        {
            case SymbolStorage.Local:
                EmitLoadName(rawName, at);
                _il.Pop();
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                EmitStoreLocalValue(name);
                break;
            case SymbolStorage.Cell:
            case SymbolStorage.Free:
                EmitLoadName(rawName, at);
                _il.Pop();
                _il.LoadLocal(_cells[name]);
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                _il.StoreField(Runtime(RuntimeMembers.PyCell_Value));
                break;
            case SymbolStorage.GlobalExplicit:
            case SymbolStorage.GlobalImplicit:
                LoadGlobals();
                _il.LoadStaticField(_module.Name(name));
                _il.Call(Runtime(RuntimeMembers.PyOps_DeleteName));
                CheckVoid(at);
                break;
            case SymbolStorage.Name:
                LoadNamespace();
                _il.LoadStaticField(_module.Name(name));
                _il.Call(Runtime(RuntimeMembers.PyOps_DeleteName));
                CheckVoid(at);
                break;
        }
    }

    /// <summary>
    /// Unbinds a name without checking it was bound (the implicit del of an except-as target). On the normal exit of
    /// a handler (<paramref name="at"/> given) it is CPython's <c>name = None; del name</c>, which a namespace from
    /// __prepare__ sees; on the error paths, where an exception is pending, it only unbinds.
    /// </summary>
    private void EmitClearName(string rawName, Node? at = null)
    {
        var name = Mangle(rawName);
        switch (StorageOf(name))
        {
            case SymbolStorage.Local:
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                EmitStoreLocalValue(name);
                break;
            case SymbolStorage.Cell:
            case SymbolStorage.Free:
                _il.LoadLocal(_cells[name]);
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                _il.StoreField(Runtime(RuntimeMembers.PyCell_Value));
                break;
            default:
                if (at != null)
                {
                    _il.LoadNull();
                    EmitStoreName(rawName, at);
                }
                if (StorageOf(name) == SymbolStorage.Name)
                {
                    LoadNamespace();
                }
                else
                {
                    LoadGlobals();
                }
                _il.LoadStaticField(_module.Name(name));
                _il.Call(Runtime(RuntimeMembers.PyOps_DeleteName));
                _il.Pop();
                break;
        }
    }

    /// <summary>--> the value of a function local (Unbound when unbound); a numeric local is boxed.</summary>
    private void EmitLoadLocalValue(string name)
    {
        if (TryGetNumber(name, out var number))
        {
            EmitLoadNumberAsObject(number);
        }
        else
        {
            _il.LoadLocal(_locals[name]);
        }
    }

    /// <summary>value --> ; stores into a function local.</summary>
    private void EmitStoreLocalValue(string name)
    {
        if (TryGetNumber(name, out var number))
        {
            EmitStoreObjectInNumber(number);
        }
        else
        {
            _il.StoreLocal(_locals[name]);
        }
    }
}
