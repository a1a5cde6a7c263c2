using System;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit;

/// <summary>
/// The catalogue of runtime members that compiled code uses, resolved once by reflection so that a renamed runtime
/// method fails when the compiler starts, not halfway through compiling a program. Named Type_Member.
/// </summary>
internal static class RuntimeMembers
{
    public static readonly FieldInfo PyOps_Raised = Field(typeof(PyOps), nameof(PyOps.Raised));
    public static readonly FieldInfo PyOps_Done = Field(typeof(PyOps), nameof(PyOps.Done));
    public static readonly FieldInfo PyOps_Unbound = Field(typeof(PyOps), nameof(PyOps.Unbound));
    public static readonly FieldInfo PyOps_True = Field(typeof(PyOps), nameof(PyOps.True));
    public static readonly FieldInfo PyOps_False = Field(typeof(PyOps), nameof(PyOps.False));

    public static readonly MethodInfo PyOps_Add = Method(typeof(PyOps), nameof(PyOps.Add));
    public static readonly MethodInfo PyOps_Sub = Method(typeof(PyOps), nameof(PyOps.Sub));
    public static readonly MethodInfo PyOps_Mul = Method(typeof(PyOps), nameof(PyOps.Mul));
    public static readonly MethodInfo PyOps_TrueDiv = Method(typeof(PyOps), nameof(PyOps.TrueDiv));
    public static readonly MethodInfo PyOps_FloorDiv = Method(typeof(PyOps), nameof(PyOps.FloorDiv));
    public static readonly MethodInfo PyOps_Mod = Method(typeof(PyOps), nameof(PyOps.Mod));
    public static readonly MethodInfo PyOps_Pow = Method(typeof(PyOps), nameof(PyOps.Pow));
    public static readonly MethodInfo PyOps_MatMul = Method(typeof(PyOps), nameof(PyOps.MatMul));
    public static readonly MethodInfo PyOps_LShift = Method(typeof(PyOps), nameof(PyOps.LShift));
    public static readonly MethodInfo PyOps_RShift = Method(typeof(PyOps), nameof(PyOps.RShift));
    public static readonly MethodInfo PyOps_BitAnd = Method(typeof(PyOps), nameof(PyOps.BitAnd));
    public static readonly MethodInfo PyOps_BitOr = Method(typeof(PyOps), nameof(PyOps.BitOr));
    public static readonly MethodInfo PyOps_BitXor = Method(typeof(PyOps), nameof(PyOps.BitXor));
    public static readonly MethodInfo PyOps_InPlace = Method(typeof(PyOps), nameof(PyOps.InPlace));
    public static readonly MethodInfo PyOps_Negate = Method(typeof(PyOps), nameof(PyOps.Negate));
    public static readonly MethodInfo PyOps_Positive = Method(typeof(PyOps), nameof(PyOps.Positive));
    public static readonly MethodInfo PyOps_Invert = Method(typeof(PyOps), nameof(PyOps.Invert));
    public static readonly MethodInfo PyOps_Not = Method(typeof(PyOps), nameof(PyOps.Not));
    public static readonly MethodInfo PyOps_Truth = Method(typeof(PyOps), nameof(PyOps.Truth));
    public static readonly MethodInfo PyOps_Compare = Method(typeof(PyOps), nameof(PyOps.Compare));
    public static readonly MethodInfo PyOps_CompareTruth = Method(typeof(PyOps), nameof(PyOps.CompareTruth));
    public static readonly MethodInfo PyOps_In = Method(typeof(PyOps), nameof(PyOps.In));
    public static readonly MethodInfo PyOps_GetSlice = Method(typeof(PyOps), nameof(PyOps.GetSlice));
    public static readonly MethodInfo PyOps_PrependToTuple = Method(typeof(PyOps), nameof(PyOps.PrependToTuple));
    public static readonly MethodInfo PyOps_AppendToTuple = Method(typeof(PyOps), nameof(PyOps.AppendToTuple));
    public static readonly MethodInfo PyOps_ContainsTruth = Method(typeof(PyOps), nameof(PyOps.ContainsTruth));
    public static readonly FieldInfo PyNum_Value = Field(typeof(PyNum), nameof(PyNum.Value));
    public static readonly FieldInfo PyNum_Kind = Field(typeof(PyNum), nameof(PyNum.Kind));
    public static readonly FieldInfo PyNum_Bits = Field(typeof(PyNum), nameof(PyNum.Bits));
    public static readonly MethodInfo Math_Pow = typeof(Math).GetMethod(nameof(Math.Pow), new[] { typeof(double), typeof(double) })!;
    public static readonly MethodInfo Double_IsFinite = typeof(double).GetMethod(nameof(double.IsFinite), new[] { typeof(double) })!;
    public static readonly MethodInfo BitConverter_Int64BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble), new[] { typeof(long) })!;
    public static readonly MethodInfo BitConverter_DoubleToInt64Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits), new[] { typeof(double) })!;
    public static readonly MethodInfo PyNum_OfLong = Method(typeof(PyNum), nameof(PyNum.OfLong));
    public static readonly MethodInfo PyNum_OfDouble = Method(typeof(PyNum), nameof(PyNum.OfDouble));
    public static readonly MethodInfo PyNum_OfObject = Method(typeof(PyNum), nameof(PyNum.OfObject));
    public static readonly MethodInfo PyNum_Box = Method(typeof(PyNum), nameof(PyNum.Box));
    public static readonly MethodInfo PyNum_ToObject = Method(typeof(PyNum), nameof(PyNum.ToObject));
    public static readonly MethodInfo PyNum_Add = Method(typeof(PyNum), nameof(PyNum.Add));
    public static readonly MethodInfo PyNum_Sub = Method(typeof(PyNum), nameof(PyNum.Sub));
    public static readonly MethodInfo PyNum_Mul = Method(typeof(PyNum), nameof(PyNum.Mul));
    public static readonly MethodInfo PyNum_TrueDiv = Method(typeof(PyNum), nameof(PyNum.TrueDiv));
    public static readonly MethodInfo PyNum_FloorDiv = Method(typeof(PyNum), nameof(PyNum.FloorDiv));
    public static readonly MethodInfo PyNum_Mod = Method(typeof(PyNum), nameof(PyNum.Mod));
    public static readonly MethodInfo PyNum_Pow = Method(typeof(PyNum), nameof(PyNum.Pow));
    public static readonly MethodInfo PyNum_LShift = Method(typeof(PyNum), nameof(PyNum.LShift));
    public static readonly MethodInfo PyNum_RShift = Method(typeof(PyNum), nameof(PyNum.RShift));
    public static readonly MethodInfo PyNum_BitAnd = Method(typeof(PyNum), nameof(PyNum.BitAnd));
    public static readonly MethodInfo PyNum_BitOr = Method(typeof(PyNum), nameof(PyNum.BitOr));
    public static readonly MethodInfo PyNum_BitXor = Method(typeof(PyNum), nameof(PyNum.BitXor));
    public static readonly MethodInfo PyNum_Generic = Method(typeof(PyNum), nameof(PyNum.Generic));
    public static readonly MethodInfo PyNum_Unary = Method(typeof(PyNum), nameof(PyNum.Unary));
    public static readonly MethodInfo PyNum_CompareTruth = Method(typeof(PyNum), nameof(PyNum.CompareTruth));
    public static readonly MethodInfo PyNum_Truth = Method(typeof(PyNum), nameof(PyNum.Truth));
    public static readonly MethodInfo PyNum_ForNext = Method(typeof(PyNum), nameof(PyNum.ForNext));
    public static readonly MethodInfo PyNum_GetItem = Method(typeof(PyNum), nameof(PyNum.GetItem));
    public static readonly MethodInfo PyNum_SetItem = Method(typeof(PyNum), nameof(PyNum.SetItem));
    public static readonly MethodInfo PyNum_MultiplyOverflows = Method(typeof(PyNum), nameof(PyNum.MultiplyOverflows));
    public static readonly MethodInfo PyNum_PowHalf = Method(typeof(PyNum), nameof(PyNum.PowHalf));
    public static readonly MethodInfo PyNum_GetItemAt = Method(typeof(PyNum), nameof(PyNum.GetItemAt));
    public static readonly MethodInfo PyNum_SetItemAt = Method(typeof(PyNum), nameof(PyNum.SetItemAt));

    public static readonly MethodInfo PyOps_NotIn = Method(typeof(PyOps), nameof(PyOps.NotIn));

    public static readonly MethodInfo PyOps_DelAttr = Method(typeof(PyOps), nameof(PyOps.DelAttr));
    public static readonly MethodInfo PyOps_GetItem = Method(typeof(PyOps), nameof(PyOps.GetItem));
    public static readonly MethodInfo PyOps_SetItem = Method(typeof(PyOps), nameof(PyOps.SetItem));
    public static readonly MethodInfo PyOps_DelItem = Method(typeof(PyOps), nameof(PyOps.DelItem));
    public static readonly MethodInfo PyOps_ForIter = Method(typeof(PyOps), nameof(PyOps.ForIter));
    public static readonly MethodInfo PyOps_ForNext = Method(typeof(PyOps), nameof(PyOps.ForNext));
    public static readonly MethodInfo PyOps_ForNextToUnpack = Method(typeof(PyOps), nameof(PyOps.ForNextToUnpack));
    public static readonly MethodInfo PyOps_FormatValue = Method(typeof(PyOps), nameof(PyOps.FormatValue));
    public static readonly MethodInfo PyOps_JoinStrings = Method(typeof(PyOps), nameof(PyOps.JoinStrings));
    public static readonly MethodInfo PyOps_BuildSlice = Method(typeof(PyOps), nameof(PyOps.BuildSlice));

    public static readonly MethodInfo PyOps_Call0 = Method(typeof(PyOps), nameof(PyOps.Call0));
    public static readonly MethodInfo PyOps_Call1 = Method(typeof(PyOps), nameof(PyOps.Call1));
    public static readonly MethodInfo PyOps_Call2 = Method(typeof(PyOps), nameof(PyOps.Call2));
    public static readonly MethodInfo PyOps_Call3 = Method(typeof(PyOps), nameof(PyOps.Call3));
    public static readonly MethodInfo PyOps_Call4 = Method(typeof(PyOps), nameof(PyOps.Call4));
    public static readonly MethodInfo PyOps_Call5 = Method(typeof(PyOps), nameof(PyOps.Call5));
    public static readonly MethodInfo PyOps_Call6 = Method(typeof(PyOps), nameof(PyOps.Call6));
    public static readonly MethodInfo PyOps_Call7 = Method(typeof(PyOps), nameof(PyOps.Call7));
    public static readonly MethodInfo PyOps_Call8 = Method(typeof(PyOps), nameof(PyOps.Call8));
    public static readonly MethodInfo PyOps_CallN = Method(typeof(PyOps), nameof(PyOps.CallN));
    public static readonly MethodInfo PyOps_CallKw = Method(typeof(PyOps), nameof(PyOps.CallKw));
    public static readonly MethodInfo PyOps_CallKw1 = Method(typeof(PyOps), nameof(PyOps.CallKw1));
    public static readonly MethodInfo PyOps_CallKw2 = Method(typeof(PyOps), nameof(PyOps.CallKw2));
    public static readonly MethodInfo PyOps_CallKw3 = Method(typeof(PyOps), nameof(PyOps.CallKw3));
    public static readonly MethodInfo PyOps_CallKw4 = Method(typeof(PyOps), nameof(PyOps.CallKw4));
    public static readonly MethodInfo PyOps_CallEx = Method(typeof(PyOps), nameof(PyOps.CallEx));
    public static readonly MethodInfo PyOps_CallExMapping = Method(typeof(PyOps), nameof(PyOps.CallExMapping));

    public static readonly MethodInfo PyOps_LoadName = Method(typeof(PyOps), nameof(PyOps.LoadName));
    public static readonly MethodInfo PyOps_StoreName = Method(typeof(PyOps), nameof(PyOps.StoreName));
    public static readonly MethodInfo PyOps_DeleteName = Method(typeof(PyOps), nameof(PyOps.DeleteName));
    public static readonly MethodInfo PyOps_LoadClassFree = Method(typeof(PyOps), nameof(PyOps.LoadClassFree));
    public static readonly MethodInfo PyOps_UnboundLocal = Method(typeof(PyOps), nameof(PyOps.UnboundLocal));
    public static readonly MethodInfo PyOps_UnboundFree = Method(typeof(PyOps), nameof(PyOps.UnboundFree));

    public static readonly MethodInfo PyOps_Raise = Method(typeof(PyOps), nameof(PyOps.Raise));
    public static readonly MethodInfo PyOps_Reraise = Method(typeof(PyOps), nameof(PyOps.Reraise));
    public static readonly MethodInfo PyOps_Restore = Method(typeof(PyOps), nameof(PyOps.Restore));
    public static readonly MethodInfo PyOps_FetchPending = Method(typeof(PyOps), nameof(PyOps.FetchPending));
    public static readonly MethodInfo PyOps_ExceptionMatches = Method(typeof(PyOps), nameof(PyOps.ExceptionMatches));
    public static readonly MethodInfo PyOps_PushHandled = Method(typeof(PyOps), nameof(PyOps.PushHandled));
    public static readonly MethodInfo PyOps_PopHandled = Method(typeof(PyOps), nameof(PyOps.PopHandled));
    public static readonly MethodInfo PyOps_AssertionFailed = Method(typeof(PyOps), nameof(PyOps.AssertionFailed));
    public static readonly MethodInfo PyOps_AddTraceback = Method(typeof(PyOps), nameof(PyOps.AddTraceback));
    public static readonly MethodInfo PyOps_EnterFrame = Method(typeof(PyOps), nameof(PyOps.EnterFrame));
    public static readonly MethodInfo PyOps_EnterFrameOn = Method(typeof(PyOps), nameof(PyOps.EnterFrameOn));
    public static readonly FieldInfo PyGenerator_ThreadState = Field(typeof(PyGenerator), nameof(PyGenerator.ThreadState));
    public static readonly MethodInfo PyOps_LeaveFrame = Method(typeof(PyOps), nameof(PyOps.LeaveFrame));
    public static readonly MethodInfo PyOps_WithEnter = Method(typeof(PyOps), nameof(PyOps.WithEnter));
    public static readonly MethodInfo PyOps_WithExit = Method(typeof(PyOps), nameof(PyOps.WithExit));

    public static readonly MethodInfo PyOps_BuildList = Method(typeof(PyOps), nameof(PyOps.BuildList));
    public static readonly MethodInfo PyOps_BuildTuple = Method(typeof(PyOps), nameof(PyOps.BuildTuple));
    public static readonly MethodInfo PyOps_BuildTuple1 = Method(typeof(PyOps), nameof(PyOps.BuildTuple1));
    public static readonly MethodInfo PyOps_BuildTuple2 = Method(typeof(PyOps), nameof(PyOps.BuildTuple2));
    public static readonly MethodInfo PyOps_BuildTuple3 = Method(typeof(PyOps), nameof(PyOps.BuildTuple3));
    public static readonly MethodInfo PyOps_BuildDict = Method(typeof(PyOps), nameof(PyOps.BuildDict));
    public static readonly MethodInfo PyOps_BuildSet = Method(typeof(PyOps), nameof(PyOps.BuildSet));
    public static readonly MethodInfo PyOps_ConstantFrozenSet = Method(typeof(PyOps), nameof(PyOps.ConstantFrozenSet));
    public static readonly MethodInfo PyOps_SetAdd = Method(typeof(PyOps), nameof(PyOps.SetAdd));
    public static readonly MethodInfo PyOps_SetUpdate = Method(typeof(PyOps), nameof(PyOps.SetUpdate));
    public static readonly ConstructorInfo PySet_New = typeof(PySet).GetConstructor(Type.EmptyTypes)!;
    public static readonly MethodInfo PyOps_IsBuiltinLen = Method(typeof(PyOps), nameof(PyOps.IsBuiltinLen));
    public static readonly MethodInfo PyOps_RentScratchSet = Method(typeof(PyOps), nameof(PyOps.RentScratchSet));
    public static readonly MethodInfo PyOps_CountScratchSet = Method(typeof(PyOps), nameof(PyOps.CountScratchSet));
    public static readonly MethodInfo PyOps_MatchSequence = Method(typeof(PyOps), nameof(PyOps.MatchSequence));
    public static readonly MethodInfo PyOps_ItemFromEnd = Method(typeof(PyOps), nameof(PyOps.ItemFromEnd));
    public static readonly MethodInfo PyOps_SliceToList = Method(typeof(PyOps), nameof(PyOps.SliceToList));
    public static readonly MethodInfo PyOps_MatchMapping = Method(typeof(PyOps), nameof(PyOps.MatchMapping));
    public static readonly MethodInfo PyOps_MatchMappingGet = Method(typeof(PyOps), nameof(PyOps.MatchMappingGet));
    public static readonly MethodInfo PyOps_MatchMappingRest = Method(typeof(PyOps), nameof(PyOps.MatchMappingRest));
    public static readonly MethodInfo PyOps_MatchClass = Method(typeof(PyOps), nameof(PyOps.MatchClass));
    public static readonly MethodInfo PyOps_CallFrameIntrinsic = Method(typeof(PyOps), nameof(PyOps.CallFrameIntrinsic));
    public static readonly MethodInfo PyOps_LocalsSnapshot = Method(typeof(PyOps), nameof(PyOps.LocalsSnapshot));
    public static readonly MethodInfo PyOps_SetAnnotations = Method(typeof(PyOps), nameof(PyOps.SetAnnotations));
    public static readonly FieldInfo PyOps_InterruptRequested = Field(typeof(PyOps), nameof(PyOps.InterruptRequested));
    public static readonly MethodInfo PyOps_TakeInterrupt = Method(typeof(PyOps), nameof(PyOps.TakeInterrupt));
    public static readonly MethodInfo PyOps_DisplayHook = Method(typeof(PyOps), nameof(PyOps.DisplayHook));
    public static readonly MethodInfo PyOps_ExceptStarBegin = Method(typeof(PyOps), nameof(PyOps.ExceptStarBegin));
    public static readonly MethodInfo PyOps_ExceptStarMatch = Method(typeof(PyOps), nameof(PyOps.ExceptStarMatch));
    public static readonly MethodInfo PyOps_ExceptStarHandlerFailed = Method(typeof(PyOps), nameof(PyOps.ExceptStarHandlerFailed));
    public static readonly MethodInfo PyOps_ExceptStarEnd = Method(typeof(PyOps), nameof(PyOps.ExceptStarEnd));
    public static readonly MethodInfo PyOps_CallExtendStar = Method(typeof(PyOps), nameof(PyOps.CallExtendStar));
    public static readonly MethodInfo PyOps_CallMergeKeywords = Method(typeof(PyOps), nameof(PyOps.CallMergeKeywords));
    public static readonly MethodInfo PyOps_CallAddKeyword = Method(typeof(PyOps), nameof(PyOps.CallAddKeyword));
    public static readonly MethodInfo PyOps_ListAppend = Method(typeof(PyOps), nameof(PyOps.ListAppend));
    public static readonly MethodInfo PyOps_DictSetItem = Method(typeof(PyOps), nameof(PyOps.DictSetItem));
    public static readonly MethodInfo PyOps_NewDict = Method(typeof(PyOps), nameof(PyOps.NewDict));
    public static readonly MethodInfo PyOps_NewDictWithKeys = Method(typeof(PyOps), nameof(PyOps.NewDictWithKeys));
    public static readonly ConstructorInfo PyDictSharedKeys_New = typeof(PyDict.SharedKeys).GetConstructor(new[] { typeof(PyStr[]) })!;
    public static readonly MethodInfo PyOps_DictInitStrItem = Method(typeof(PyOps), nameof(PyOps.DictInitStrItem));
    public static readonly MethodInfo PyOps_ListExtend = Method(typeof(PyOps), nameof(PyOps.ListExtend));
    public static readonly MethodInfo PyOps_DictUpdate = Method(typeof(PyOps), nameof(PyOps.DictUpdate));
    public static readonly MethodInfo PyOps_ListToTuple = Method(typeof(PyOps), nameof(PyOps.ListToTuple));
    public static readonly MethodInfo PyOps_Unpack = Method(typeof(PyOps), nameof(PyOps.Unpack));
    public static readonly MethodInfo PyOps_UnpackedItem = Method(typeof(PyOps), nameof(PyOps.UnpackedItem));
    public static readonly MethodInfo PyOps_UnpackStar = Method(typeof(PyOps), nameof(PyOps.UnpackStar));
    public static readonly MethodInfo PyOps_MakeFunction = Method(typeof(PyOps), nameof(PyOps.MakeFunction));
    public static readonly MethodInfo PyOps_BuildClass = Method(typeof(PyOps), nameof(PyOps.BuildClass));
    public static readonly MethodInfo PyOps_ImportName = Method(typeof(PyOps), nameof(PyOps.ImportName));
    public static readonly MethodInfo PyOps_ImportFrom = Method(typeof(PyOps), nameof(PyOps.ImportFrom));
    public static readonly MethodInfo PyOps_ImportStar = Method(typeof(PyOps), nameof(PyOps.ImportStar));

    public static readonly MethodInfo PyOps_MakeAsyncGenerator = Method(typeof(PyOps), nameof(PyOps.MakeAsyncGenerator));
    public static readonly MethodInfo PyOps_AsyncGenWrap = Method(typeof(PyOps), nameof(PyOps.AsyncGenWrap));
    public static readonly MethodInfo PyOps_AsyncWithExit = Method(typeof(PyOps), nameof(PyOps.AsyncWithExit));
    public static readonly MethodInfo PyOps_AsyncWithEnter = Method(typeof(PyOps), nameof(PyOps.AsyncWithEnter));
    public static readonly MethodInfo PyOps_CallAsyncExit = Method(typeof(PyOps), nameof(PyOps.CallAsyncExit));
    public static readonly MethodInfo PyOps_AsyncIter = Method(typeof(PyOps), nameof(PyOps.AsyncIter));
    public static readonly MethodInfo PyOps_AsyncNext = Method(typeof(PyOps), nameof(PyOps.AsyncNext));
    public static readonly MethodInfo PyOps_TakeStopAsyncIteration = Method(typeof(PyOps), nameof(PyOps.TakeStopAsyncIteration));
    public static readonly MethodInfo PyOps_MakeGenerator = Method(typeof(PyOps), nameof(PyOps.MakeGenerator));
    public static readonly MethodInfo PyOps_YieldFromIter = Method(typeof(PyOps), nameof(PyOps.YieldFromIter));
    public static readonly MethodInfo PyOps_AwaitIter = Method(typeof(PyOps), nameof(PyOps.AwaitIter));
    public static readonly MethodInfo PyOps_CloseTemporaryIterator = Method(typeof(PyOps), nameof(PyOps.CloseTemporaryIterator));
    public static readonly MethodInfo PyOps_YieldFromStep = Method(typeof(PyOps), nameof(PyOps.YieldFromStep));
    public static readonly FieldInfo PyGenerator_Function = Field(typeof(PyGenerator), nameof(PyGenerator.Function));
    public static readonly FieldInfo PyGenerator_Frame = Field(typeof(PyGenerator), nameof(PyGenerator.Frame));
    public static readonly FieldInfo PyGenerator_State = Field(typeof(PyGenerator), nameof(PyGenerator.State));
    public static readonly FieldInfo PyGenerator_DelegateResult = Field(typeof(PyGenerator), nameof(PyGenerator.DelegateResult));
    public static readonly MethodInfo PyGenerator_LoadArguments = Method(typeof(PyGenerator), nameof(PyGenerator.LoadArguments));

    /// <summary>The inline frame slots of a generator, by slot number (<see cref="PyGenerator.InlineSlots"/> of them).</summary>
    public static readonly FieldInfo[] PyGenerator_Slots =
    {
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot0)),
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot1)),
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot2)),
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot3)),
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot4)),
        Field(typeof(PyGenerator), nameof(PyGenerator.Slot5)),
    };
    public static readonly MethodInfo PyFunction_SetEntries = Method(typeof(PyFunction), nameof(PyFunction.SetEntries));
    public static readonly FieldInfo PyFunction_Globals = Field(typeof(PyFunction), nameof(PyFunction.Globals));
    public static readonly FieldInfo PyFunction_Closure = Field(typeof(PyFunction), nameof(PyFunction.Closure));
    public static readonly FieldInfo PyCell_Value = Field(typeof(PyCell), nameof(PyCell.Value));
    public static readonly ConstructorInfo PyCell_New = typeof(PyCell).GetConstructor(Type.EmptyTypes)!;
    public static readonly ConstructorInfo PyCell_NewWithValue = typeof(PyCell).GetConstructor(new[] { typeof(object) })!;

    public static readonly MethodInfo PyInt_Box = typeof(PyInt).GetMethod(nameof(PyInt.Box), new[] { typeof(long) })!;
    public static readonly MethodInfo PyInt_Parse = Method(typeof(PyInt), nameof(PyInt.ParseLiteral));
    public static readonly MethodInfo PyStr_Intern = Method(typeof(PyStr), nameof(PyStr.Intern));
    public static readonly MethodInfo PyStr_FromSurrogateUnits = Method(typeof(PyStr), nameof(PyStr.FromSurrogateUnits));
    public static readonly ConstructorInfo PyStr_New = typeof(PyStr).GetConstructor(new[] { typeof(string) })!;
    public static readonly MethodInfo PyCode_Create = Method(typeof(PyCode), nameof(PyCode.Create));
    public static readonly MethodInfo PyOps_CallWithExit = Method(typeof(PyOps), nameof(PyOps.CallWithExit));
    public static readonly FieldInfo PyTuple_Empty = Field(typeof(PyTuple), nameof(PyTuple.Empty));
    public static readonly ConstructorInfo PyList_New = typeof(PyList).GetConstructor(Type.EmptyTypes)!;
    public static readonly MethodInfo PyList_ReserveFor = Method(typeof(PyList), nameof(PyList.ReserveFor));
    public static readonly ConstructorInfo PyDict_New = typeof(PyDict).GetConstructor(Type.EmptyTypes)!;
    public static readonly MethodInfo PyOps_MakeComplex = Method(typeof(PyOps), nameof(PyOps.MakeImaginary));
    public static readonly MethodInfo PyBytes_FromLatin1 = Method(typeof(PyBytes), nameof(PyBytes.FromLatin1));
    public static readonly FieldInfo PyEllipsis_Instance = Field(typeof(PyEllipsis), nameof(PyEllipsis.Instance));

    public static readonly ConstructorInfo PyModuleCode_New = typeof(PyModuleCode).GetConstructor(new[] { typeof(object), typeof(IntPtr) })!;
    public static readonly MethodInfo BuiltProgram_Main = Method(typeof(BuiltProgram), nameof(BuiltProgram.Main));

    // Inline caches: one object per site, created by the module initializer (ModuleEmitter.Site).
    public static readonly ConstructorInfo GetAttrSite_New = typeof(GetAttrSite).GetConstructor(new[] { typeof(PyStr) })!;
    public static readonly MethodInfo GetAttrSite_Get = Method(typeof(GetAttrSite), nameof(GetAttrSite.Get));
    public static readonly ConstructorInfo SetAttrSite_New = typeof(SetAttrSite).GetConstructor(new[] { typeof(PyStr) })!;
    public static readonly MethodInfo SetAttrSite_Set = Method(typeof(SetAttrSite), nameof(SetAttrSite.Set));
    public static readonly ConstructorInfo GlobalSite_New = typeof(GlobalSite).GetConstructor(new[] { typeof(PyStr) })!;
    public static readonly MethodInfo GlobalSite_Load = Method(typeof(GlobalSite), nameof(GlobalSite.Load));
    public static readonly ConstructorInfo MethodCallSite_New = typeof(MethodCallSite).GetConstructor(new[] { typeof(PyStr) })!;
    public static readonly MethodInfo MethodCallSite_Call0 = Method(typeof(MethodCallSite), nameof(MethodCallSite.Call0));
    public static readonly MethodInfo MethodCallSite_Call1 = Method(typeof(MethodCallSite), nameof(MethodCallSite.Call1));
    public static readonly MethodInfo MethodCallSite_Call2 = Method(typeof(MethodCallSite), nameof(MethodCallSite.Call2));
    public static readonly MethodInfo MethodCallSite_Call3 = Method(typeof(MethodCallSite), nameof(MethodCallSite.Call3));

    // The typed module classes for C# (Emit/Facade): these entries throw .NET exceptions, since C# code calls them.
    public static readonly MethodInfo PyFacade_InitModule = Method(typeof(PyFacade), nameof(PyFacade.InitModule));
    public static readonly MethodInfo PyFacade_SetGlobal = Method(typeof(PyFacade), nameof(PyFacade.SetGlobal));
    public static readonly MethodInfo PyFacade_Check = Method(typeof(PyFacade), nameof(PyFacade.Check));
    public static readonly MethodInfo PyFacade_CallWithKeywords = Method(typeof(PyFacade), nameof(PyFacade.CallWithKeywords));
    public static readonly MethodInfo PyFacade_CallMethod = Method(typeof(PyFacade), nameof(PyFacade.CallMethod));
    public static readonly MethodInfo PyFacade_GetAttr = Method(typeof(PyFacade), nameof(PyFacade.GetAttr));
    public static readonly MethodInfo PyFacade_ClassOf = Method(typeof(PyFacade), nameof(PyFacade.ClassOf));
    public static readonly MethodInfo PyFacade_Initialize = Method(typeof(PyFacade), nameof(PyFacade.Initialize));
    public static readonly MethodInfo PyFacade_Str = Method(typeof(PyFacade), nameof(PyFacade.Str));
    public static readonly MethodInfo ClrConversion_ToClr = GenericMethod(typeof(ClrConversion), nameof(ClrConversion.ToClr));
    public static readonly MethodInfo ClrConversion_ToPython = GenericMethod(typeof(ClrConversion), nameof(ClrConversion.ToPython));
    public static readonly MethodInfo PyModule_Dict = typeof(PyModule).GetProperty(nameof(PyModule.Dict))!.GetMethod!;
    public static readonly ConstructorInfo InstanceFactory_New = typeof(Func<PyType, object>).GetConstructors()[0];
    public static readonly ConstructorInfo PyInstance_New = typeof(PyInstance).GetConstructor(new[] { typeof(PyType) })!;
    public static readonly MethodInfo Type_GetTypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;
    public static readonly MethodInfo Object_ToString = typeof(object).GetMethod(nameof(ToString))!;

    public static readonly MethodInfo PyOps_AddTracebackAt = Method(typeof(PyOps), nameof(PyOps.AddTracebackAt));

    public static readonly MethodInfo PyNum_AddObjects = Method(typeof(PyNum), nameof(PyNum.AddObjects));
    public static readonly MethodInfo PyNum_SubObjects = Method(typeof(PyNum), nameof(PyNum.SubObjects));
    public static readonly MethodInfo PyNum_MulObjects = Method(typeof(PyNum), nameof(PyNum.MulObjects));
    public static readonly MethodInfo PyNum_TrueDivObjects = Method(typeof(PyNum), nameof(PyNum.TrueDivObjects));

    private static MethodInfo GenericMethod(Type type, string name) =>
        Array.Find(type.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == name && m.IsGenericMethodDefinition)
        ?? throw new MissingMethodException(type.FullName, name);

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.FullName, name);

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingFieldException(type.FullName, name);
}
