using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_ast</c> module: the node classes of Python 3.11's abstract grammar (ast.py builds on them; inspect and
/// dataclasses import ast), with CPython's <c>_fields</c>, <c>_attributes</c>, <c>__match_args__</c>, the None class
/// defaults of optional fields, and AST's constructor (positional values for <c>_fields</c>, keywords for any
/// attribute). <c>compile(..., PyCF_ONLY_AST)</c> builds trees of them (the compiler's AstToPython); compiling such a
/// tree back to code is not implemented yet.
/// </summary>
internal static class AstModule
{
    public const int OnlyAst = 0x400;

    /// <summary>
    /// Each node class: "Name Base fields|attributes|fields-defaulting-to-None" (attributes "-" when inherited), in an
    /// order where every base comes before its subclasses. The names and fields are the grammar's (Parser/Python.asdl).
    /// </summary>
    private static readonly string[] s_classes =
    {
        "operator AST ||",
        "Add operator |-|",
        "boolop AST ||",
        "And boolop |-|",
        "stmt AST |lineno,col_offset,end_lineno,end_col_offset|end_lineno,end_col_offset",
        "AnnAssign stmt target,annotation,value,simple|-|value",
        "Assert stmt test,msg|-|msg",
        "Assign stmt targets,value,type_comment|-|type_comment",
        "AsyncFor stmt target,iter,body,orelse,type_comment|-|type_comment",
        "AsyncFunctionDef stmt name,args,body,decorator_list,returns,type_comment|-|returns,type_comment",
        "AsyncWith stmt items,body,type_comment|-|type_comment",
        "expr AST |lineno,col_offset,end_lineno,end_col_offset|end_lineno,end_col_offset",
        "Attribute expr value,attr,ctx|-|",
        "AugAssign stmt target,op,value|-|",
        "Await expr value|-|",
        "BinOp expr left,op,right|-|",
        "BitAnd operator |-|",
        "BitOr operator |-|",
        "BitXor operator |-|",
        "BoolOp expr op,values|-|",
        "Break stmt |-|",
        "Call expr func,args,keywords|-|",
        "ClassDef stmt name,bases,keywords,body,decorator_list|-|",
        "Compare expr left,ops,comparators|-|",
        "Constant expr value,kind|-|kind",
        "Continue stmt |-|",
        "expr_context AST ||",
        "Del expr_context |-|",
        "Delete stmt targets|-|",
        "Dict expr keys,values|-|",
        "DictComp expr key,value,generators|-|",
        "Div operator |-|",
        "cmpop AST ||",
        "Eq cmpop |-|",
        "excepthandler AST |lineno,col_offset,end_lineno,end_col_offset|end_lineno,end_col_offset",
        "ExceptHandler excepthandler type,name,body|-|type,name",
        "Expr stmt value|-|",
        "mod AST ||",
        "Expression mod body|-|",
        "FloorDiv operator |-|",
        "For stmt target,iter,body,orelse,type_comment|-|type_comment",
        "FormattedValue expr value,conversion,format_spec|-|format_spec",
        "FunctionDef stmt name,args,body,decorator_list,returns,type_comment|-|returns,type_comment",
        "FunctionType mod argtypes,returns|-|",
        "GeneratorExp expr elt,generators|-|",
        "Global stmt names|-|",
        "Gt cmpop |-|",
        "GtE cmpop |-|",
        "If stmt test,body,orelse|-|",
        "IfExp expr test,body,orelse|-|",
        "Import stmt names|-|",
        "ImportFrom stmt module,names,level|-|module,level",
        "In cmpop |-|",
        "Interactive mod body|-|",
        "unaryop AST ||",
        "Invert unaryop |-|",
        "Is cmpop |-|",
        "IsNot cmpop |-|",
        "JoinedStr expr values|-|",
        "LShift operator |-|",
        "Lambda expr args,body|-|",
        "List expr elts,ctx|-|",
        "ListComp expr elt,generators|-|",
        "Load expr_context |-|",
        "Lt cmpop |-|",
        "LtE cmpop |-|",
        "MatMult operator |-|",
        "Match stmt subject,cases|-|",
        "pattern AST |lineno,col_offset,end_lineno,end_col_offset|",
        "MatchAs pattern pattern,name|-|pattern,name",
        "MatchClass pattern cls,patterns,kwd_attrs,kwd_patterns|-|",
        "MatchMapping pattern keys,patterns,rest|-|rest",
        "MatchOr pattern patterns|-|",
        "MatchSequence pattern patterns|-|",
        "MatchSingleton pattern value|-|",
        "MatchStar pattern name|-|name",
        "MatchValue pattern value|-|",
        "Mod operator |-|",
        "Module mod body,type_ignores|-|",
        "Mult operator |-|",
        "Name expr id,ctx|-|",
        "NamedExpr expr target,value|-|",
        "Nonlocal stmt names|-|",
        "Not unaryop |-|",
        "NotEq cmpop |-|",
        "NotIn cmpop |-|",
        "Or boolop |-|",
        "Pass stmt |-|",
        "Pow operator |-|",
        "RShift operator |-|",
        "Raise stmt exc,cause|-|exc,cause",
        "Return stmt value|-|value",
        "Set expr elts|-|",
        "SetComp expr elt,generators|-|",
        "Slice expr lower,upper,step|-|lower,upper,step",
        "Starred expr value,ctx|-|",
        "Store expr_context |-|",
        "Sub operator |-|",
        "Subscript expr value,slice,ctx|-|",
        "Try stmt body,handlers,orelse,finalbody|-|",
        "TryStar stmt body,handlers,orelse,finalbody|-|",
        "Tuple expr elts,ctx|-|",
        "type_ignore AST ||",
        "TypeIgnore type_ignore lineno,tag|-|",
        "UAdd unaryop |-|",
        "USub unaryop |-|",
        "UnaryOp expr op,operand|-|",
        "While stmt test,body,orelse|-|",
        "With stmt items,body,type_comment|-|type_comment",
        "Yield expr value|-|value",
        "YieldFrom expr value|-|",
        "alias AST name,asname|lineno,col_offset,end_lineno,end_col_offset|asname,end_lineno,end_col_offset",
        "arg AST arg,annotation,type_comment|lineno,col_offset,end_lineno,end_col_offset|annotation,type_comment,end_lineno,end_col_offset",
        "arguments AST posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults||vararg,kwarg",
        "comprehension AST target,iter,ifs,is_async||",
        "keyword AST arg,value|lineno,col_offset,end_lineno,end_col_offset|arg,end_lineno,end_col_offset",
        "match_case AST pattern,guard,body||guard",
        "withitem AST context_expr,optional_vars||optional_vars",
    };

    private static PyType? s_astType;

    /// <summary>Whether <paramref name="value"/> is an instance of _ast.AST (compile() of a tree is refused).</summary>
    public static bool IsNode(object? value) => s_astType != null && PyType.Of(value).IsSubtypeOf(s_astType);

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_ast", d);
        d[PyStr.Intern("PyCF_ONLY_AST")] = PyInt.Box(OnlyAst);
        d[PyStr.Intern("PyCF_TYPE_COMMENTS")] = PyInt.Box(0x1000);
        d[PyStr.Intern("PyCF_ALLOW_TOP_LEVEL_AWAIT")] = PyInt.Box(0x2000);
        var types = new Dictionary<string, PyType>();
        var ast = NewClass("AST", PyType.ObjectType, Array.Empty<string>(), Array.Empty<string>());
        ast.DefMethodVar("__init__", Init);
        types["AST"] = ast;
        s_astType = ast;
        d[PyStr.Intern("AST")] = ast;
        foreach (var row in s_classes)
        {
            var parts = row.Split(' ', 3);
            var sections = parts[2].Split('|');
            var attributes = sections[1] == "-" ? null : Names(sections[1]);
            var type = NewClass(parts[0], types[parts[1]], Names(sections[0]), attributes);
            foreach (var name in Names(sections[2]))
            {
                type.Dict[PyStr.Intern(name)] = null;
            }
            types[parts[0]] = type;
            d[PyStr.Intern(parts[0])] = type;
        }
        return m;
    }

    private static string[] Names(string list) => list.Length == 0 ? Array.Empty<string>() : list.Split(',');

    private static PyType NewClass(string name, PyType baseType, string[] fields, string[]? attributes)
    {
        var dict = new PyDict();
        dict[PyStr.Intern("__module__")] = PyStr.Intern("ast");
        var fieldTuple = PyTuple.Create(Array.ConvertAll(fields, f => (object?)PyStr.Intern(f)));
        dict[PyStr.Intern("_fields")] = fieldTuple;
        dict[PyStr.Intern("__match_args__")] = fieldTuple;
        if (attributes != null)
        {
            dict[PyStr.Intern("_attributes")] = PyTuple.Create(Array.ConvertAll(attributes, a => (object?)PyStr.Intern(a)));
        }
        return new PyType(PyType.TypeType, name, new[] { baseType }, dict);
    }

    /// <summary>AST.__init__(self, *args, **kwargs): positional values for the class's _fields, then any keywords.</summary>
    private static object? Init(object?[] args, PyStr[]? kwNames)
    {
        var self = args[0]!;
        var fields = PyProtocol.GetAttr(PyType.Of(self), PyStr.Intern("_fields")) as PyTuple;
        var positional = args.Length - 1 - (kwNames?.Length ?? 0);
        var fieldCount = fields?.Count ?? 0;
        if (positional > fieldCount)
        {
            throw new PyException(PyErrors.AstTooManyPositional(PyType.Of(self).Name, fieldCount));
        }
        for (var i = 0; i < positional; i++)
        {
            PyProtocol.SetAttr(self, (PyStr)fields![i]!, args[1 + i]);
        }
        for (var i = 0; i < (kwNames?.Length ?? 0); i++)
        {
            PyProtocol.SetAttr(self, kwNames![i], args[1 + positional + i]);
        }
        return null;
    }
}
