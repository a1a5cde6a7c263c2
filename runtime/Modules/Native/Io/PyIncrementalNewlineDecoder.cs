using System;

namespace PyNet.Runtime;

/// <summary>
/// <c>io.IncrementalNewlineDecoder</c>: wraps an incremental decoder (or none: str input), holds back a final "\r"
/// until the next chunk shows whether "\n" follows, records the newline kinds seen and optionally translates them to "\n".
/// </summary>
public sealed class PyIncrementalNewlineDecoder : PyObject
{
    public static readonly PyType DecoderType = new("IncrementalNewlineDecoder", PyType.ObjectType, Init, "_io");

    private static readonly string[] s_parameters = { "decoder", "translate", "errors" };
    private static readonly string[] s_decodeParameters = { "input", "final" };
    private static readonly PyStr s_decode = PyStr.Intern("decode");

    private readonly PyType _type;
    private object? _decoder;
    private bool _translate;
    private bool _pendingCr;
    private int _seen;

    public PyIncrementalNewlineDecoder(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    private PyStr Decode(object? input, bool final)
    {
        var decoded = _decoder == null ? input : PyCall.Call(PyProtocol.GetAttr(_decoder, s_decode), new[] { input, (object?)final }, new[] { PyStr.Intern("final") });
        var text = (decoded as PyStr ?? throw new PyException(PyErrors.TypeError($"decoder should return a string result, not '{PyType.Of(decoded).Name}'"))).Value;
        if (_pendingCr && (text.Length > 0 || final))
        {
            text = "\r" + text;
            _pendingCr = false;
        }
        if (text.EndsWith('\r') && !final)
        {
            text = text[..^1];
            _pendingCr = true;
        }
        var crlf = CountOf(text, "\r\n");
        var cr = CountOf(text, "\r") - crlf;
        var lf = CountOf(text, "\n") - crlf;
        _seen |= (lf > 0 ? 1 : 0) | (cr > 0 ? 2 : 0) | (crlf > 0 ? 4 : 0);
        if (_translate && (cr > 0 || crlf > 0))
        {
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        return new PyStr(text);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    private static PyIncrementalNewlineDecoder Self(object? o) => (PyIncrementalNewlineDecoder)o!;

    private static void Init(PyType t)
    {
        t.InstanceFactory = static type => new PyIncrementalNewlineDecoder(type);
        t.DefStatic("__new__", (args, kw) => new PyIncrementalNewlineDecoder((PyType)args[0]!));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Builtins.BindArguments("IncrementalNewlineDecoder", args, kw, 1, s_parameters, 2);
            self._decoder = a[0];
            self._translate = PyProtocol.IsTrue(a[1]);
            self._pendingCr = false;
            self._seen = 0;
            return null;
        });
        t.DefMethodVar("decode", (args, kw) =>
        {
            var a = Builtins.BindArguments("decode", args, kw, 1, s_decodeParameters, 1);
            return Self(args[0]).Decode(a[0], !NativeTypes.IsMissing(a[1]) && PyProtocol.IsTrue(a[1]));
        });
        t.DefMethod("getstate", self =>
        {
            var d = Self(self);
            object? buffer = new PyBytes(Array.Empty<byte>());
            long flag = 0;
            if (d._decoder != null)
            {
                var state = (PyTuple)PyCall.Call(PyProtocol.GetAttr(d._decoder, PyStr.Intern("getstate")))!;
                buffer = state[0];
                flag = PyProtocol.Index(state[1]);
            }
            flag = (flag << 1) + (d._pendingCr ? 1 : 0);
            return PyTuple.Create(buffer, PyInt.Box(flag));
        });
        t.DefMethod("setstate", (self, state) =>
        {
            var d = Self(self);
            var pair = (PyTuple)state!;
            var flag = PyProtocol.Index(pair[1]);
            d._pendingCr = (flag & 1) != 0;
            if (d._decoder != null)
            {
                PyCall.Call(PyProtocol.GetAttr(d._decoder, PyStr.Intern("setstate")), PyTuple.Create(pair[0], PyInt.Box(flag >> 1)));
            }
            return null;
        });
        t.DefMethod("reset", self =>
        {
            var d = Self(self);
            d._seen = 0;
            d._pendingCr = false;
            if (d._decoder != null)
            {
                PyCall.Call(PyProtocol.GetAttr(d._decoder, PyStr.Intern("reset")));
            }
            return null;
        });
        t.DefGetSet("newlines", self => Self(self)._seen switch
        {
            0 => null,
            1 => new PyStr("\n"),
            2 => new PyStr("\r"),
            3 => PyTuple.Create(new PyStr("\r"), new PyStr("\n")),
            4 => new PyStr("\r\n"),
            5 => PyTuple.Create(new PyStr("\n"), new PyStr("\r\n")),
            6 => PyTuple.Create(new PyStr("\r"), new PyStr("\r\n")),
            _ => PyTuple.Create(new object?[] { new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n") }),
        });
    }
}
