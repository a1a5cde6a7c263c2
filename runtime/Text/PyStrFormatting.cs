using System;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// printf-style formatting (<c>str % args</c>) as CPython's <c>PyUnicode_Format</c>: each directive is
/// <c>%[(key)][flags][width][.precision][length]conversion</c>; the argument is taken before the conversion
/// character is checked, so a missing argument is reported first.
/// </summary>
public static partial class PyStrFormatting
{
    private const int FlagLeft = 1;
    private const int FlagSign = 2;
    private const int FlagBlank = 4;
    private const int FlagAlternate = 8;
    private const int FlagZero = 16;

    public static object Percent(PyStr format, object? args) => Percent(format, args, false);

    /// <summary>
    /// The shared directive engine; in bytes mode the format is a Latin-1 view of a bytes object, %s/%b take
    /// bytes-like values, %r/%a give ascii(), and %c takes an int in range(256) or a single byte.
    /// </summary>
    internal static object Percent(PyStr format, object? args, bool bytesMode)
    {
        var state = new PercentState(args);
        var f = format.Value;
        var sb = AcquireBuilder(f.Length + 16);
        var i = 0;
        while (i < f.Length)
        {
            var next = f.IndexOf('%', i);
            if (next < 0)
            {
                sb.Append(f, i, f.Length - i);
                break;
            }
            sb.Append(f, i, next - i);
            i = next + 1;
            if (i < f.Length && f[i] == '%')
            {
                sb.Append('%');
                i++;
                continue;
            }
            i = FormatOne(f, i, format, ref state, sb, bytesMode);
        }
        if (state.HasUnusedArguments)
        {
            throw new PyException(PyErrors.NotAllArgumentsConverted());
        }
        // Formatted results are often short and repeated ("user%d" over a few hundred values): short ones are shared.
        var result = PyStr.FromBuilder(sb);
        Recycle(sb);
        return result;
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The thread's cached builder (a nested format, from a __str__ it calls, gets a fresh one).</summary>
    private static StringBuilder AcquireBuilder(int capacity)
    {
        var sb = t_builder;
        if (sb == null)
        {
            return new StringBuilder(capacity);
        }
        t_builder = null;
        return sb.Clear();
    }

    private static string ReleaseBuilder(StringBuilder sb)
    {
        var text = sb.ToString();
        Recycle(sb);
        return text;
    }

    private static void Recycle(StringBuilder sb)
    {
        if (sb.Capacity <= 4096)
        {
            t_builder = sb;
        }
    }

    /// <summary>Formats the directive starting after its '%' at <paramref name="i"/>; returns the index after it.</summary>
    private static int FormatOne(string f, int i, PyStr format, ref PercentState state, StringBuilder sb, bool bytesMode)
    {
        if (i < f.Length && f[i] == '(')
        {
            if (state.Mapping == null)
            {
                throw new PyException(PyErrors.FormatRequiresMapping());
            }
            var depth = 1;
            var keyStart = ++i;
            while (i < f.Length && depth > 0)
            {
                if (f[i] == '(')
                {
                    depth++;
                }
                else if (f[i] == ')')
                {
                    depth--;
                }
                i++;
            }
            if (depth > 0)
            {
                throw new PyException(PyErrors.IncompleteFormatKey());
            }
            var keyText = f.Substring(keyStart, i - 1 - keyStart);
            object key = bytesMode ? new PyBytes(Codecs.Encode(new PyStr(keyText), "latin-1", "strict")) : new PyStr(keyText);
            state.UseKeyedArgument(PyProtocol.GetItem(state.Mapping, key));
        }
        var flags = 0;
        for (; i < f.Length; i++)
        {
            var flag = f[i] switch
            {
                '-' => FlagLeft,
                '+' => FlagSign,
                ' ' => FlagBlank,
                '#' => FlagAlternate,
                '0' => FlagZero,
                _ => 0,
            };
            if (flag == 0)
            {
                break;
            }
            flags |= flag;
        }
        var width = -1;
        if (i < f.Length && f[i] == '*')
        {
            i++;
            var w = StarArgument(state.Next(), "C ssize_t");
            if (w < 0)
            {
                flags |= FlagLeft;
                w = -w;
            }
            width = (int)w;
        }
        else
        {
            width = ReadNumber(f, ref i, true);
        }
        var precision = -1;
        if (i < f.Length && f[i] == '.')
        {
            i++;
            if (i < f.Length && f[i] == '*')
            {
                i++;
                precision = (int)Math.Max(0, StarArgument(state.Next(), "C int"));
            }
            else
            {
                precision = Math.Max(0, ReadNumber(f, ref i, false));
            }
        }
        while (i < f.Length && f[i] is 'h' or 'l' or 'L')
        {
            i++;
        }
        if (i >= f.Length)
        {
            throw new PyException(PyErrors.IncompleteFormat());
        }
        int conversion = f[i];
        if (char.IsHighSurrogate(f[i]) && i + 1 < f.Length && char.IsLowSurrogate(f[i + 1]))
        {
            conversion = char.ConvertToUtf32(f[i], f[i + 1]);
            i++;
        }
        var at = i;
        i++;
        var arg = state.Next();
        if (arg is long plain && flags == 0 && width < 0 && precision < 0 && conversion is 'd' or 'i' or 'u')
        {
            // The common "%d": the digits straight into the text.
            Span<char> digits = stackalloc char[20];
            plain.TryFormat(digits, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(digits[..n]);
            return i;
        }
        switch (conversion)
        {
            case 's' or 'b' or 'r' or 'a' when bytesMode:
                var bytesText = conversion is 's' or 'b' ? BytesText(arg) : Builtins.Ascii(arg);
                if (precision >= 0 && precision < bytesText.Length)
                {
                    bytesText = bytesText[..precision];
                }
                AppendPadded(sb, bytesText, bytesText.Length, width, (flags & FlagLeft) != 0);
                break;
            case 'c' when bytesMode:
                AppendPadded(sb, ((char)PercentByte(arg)).ToString(), 1, width, (flags & FlagLeft) != 0);
                break;
            case 's' or 'r' or 'a':
                var text = conversion switch
                {
                    's' => PyProtocol.Str(arg),
                    'r' => new PyStr(PyProtocol.Repr(arg)),
                    _ => new PyStr(Builtins.Ascii(arg)),
                };
                if (precision >= 0 && precision < text.Length)
                {
                    text = text.Substring(0, precision);
                }
                AppendPadded(sb, text.Value, text.Length, width, (flags & FlagLeft) != 0);
                break;
            case 'c':
                var ch = PercentChar(arg);
                AppendPadded(sb, ch, 1, width, (flags & FlagLeft) != 0);
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                var value = PercentInteger(arg, (char)conversion);
                AppendNumber(sb, IntegerBody(value, (char)conversion, precision, (flags & FlagAlternate) != 0), value.Sign < 0, flags, width, (char)conversion);
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                var d = PercentFloat(arg);
                var body = PyFloatFormatting.Format(d, (char)conversion, precision < 0 ? 6 : precision, (flags & FlagAlternate) != 0, false, false, out var negative);
                AppendNumber(sb, body, negative, flags, width, (char)conversion);
                break;
            default:
                throw new PyException(PyErrors.UnsupportedFormatCharacter(conversion, format.IndexOfOffset(at)));
        }
        return i;
    }

    private static int ReadNumber(string f, ref int i, bool isWidth)
    {
        long n = -1;
        while (i < f.Length && f[i] is >= '0' and <= '9')
        {
            n = (n < 0 ? 0 : n * 10) + (f[i] - '0');
            if (n > int.MaxValue)
            {
                throw new PyException(isWidth ? PyErrors.PercentWidthTooBig() : PyErrors.PercentPrecisionTooBig());
            }
            i++;
        }
        return (int)n;
    }

    private static long StarArgument(object? value, string target)
    {
        if (value is not (long or bool or BigInteger))
        {
            throw new PyException(PyErrors.StarWantsInt());
        }
        var big = PyInt.ToBig(value);
        if (big > int.MaxValue || big < int.MinValue)
        {
            throw new PyException(PyErrors.IntTooLarge(target));
        }
        return (long)big;
    }

    private static string BytesText(object? arg)
    {
        var data = PyBytes.TryGetBuffer(arg);
        if (data == null && arg is not PyStr && PyProtocol.TryCallSpecial(arg, PyStr.Intern("__bytes__"), out var r) && r is PyBytes rb)
        {
            data = rb.UnsafeArray;
        }
        return data != null ? Codecs.Latin1String(data) : throw new PyException(PyErrors.PercentBytesNeedsBytesLike(arg));
    }

    private static byte PercentByte(object? arg)
    {
        var data = PyBytes.TryGetBuffer(arg);
        if (data != null && data.Length == 1)
        {
            return data[0];
        }
        if (data == null && arg is long or bool or BigInteger)
        {
            var v = PyInt.ToBig(arg);
            if (v.Sign >= 0 && v < 256)
            {
                return (byte)v;
            }
            throw new PyException(PyErrors.PercentByteArgNotInRange());
        }
        throw new PyException(PyErrors.PercentByteNeedsIntOrByte());
    }

    private static string PercentChar(object? arg)
    {
        if (arg is PyStr s)
        {
            return s.Length == 1 ? s.Value : throw new PyException(PyErrors.PercentCharNeedsIntOrChar());
        }
        if (!PyProtocol.HasIndex(arg))
        {
            throw new PyException(PyErrors.PercentCharNeedsIntOrChar());
        }
        var v = arg is BigInteger big ? big : PyProtocol.Index(arg);
        if (v.Sign < 0 || v > 0x10FFFF)
        {
            throw new PyException(PyErrors.PercentCharArgNotInRange());
        }
        return PyStr.CodePointString((int)v);
    }

    /// <summary>The integer a %d/%x/... directive formats: int(x) for d/i/u, x.__index__() for o/x/X.</summary>
    private static BigInteger PercentInteger(object? arg, char conversion)
    {
        switch (arg)
        {
            case long l:
                return l;
            case bool b:
                return b ? 1 : 0;
            case BigInteger big:
                return big;
        }
        if (!IsNumber(arg))
        {
            throw new PyException(conversion is 'o' or 'x' or 'X'
                ? PyErrors.PercentNeedsInteger(conversion, arg)
                : PyErrors.PercentNeedsReal(conversion, arg));
        }
        if (conversion is 'o' or 'x' or 'X')
        {
            if (!PyProtocol.HasIndex(arg))
            {
                throw new PyException(PyErrors.PercentNeedsInteger(conversion, arg));
            }
            return PyInt.ToBig(IntMembers.IndexValue(arg));
        }
        try
        {
            return PyInt.ToBig(IntMembers.ToInt(arg));
        }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError)
        {
            throw new PyException(PyErrors.PercentNeedsReal(conversion, arg));
        }
    }

    private static double PercentFloat(object? arg) => arg switch
    {
        double d => d,
        long or bool or BigInteger => PyInt.ToDouble(arg),
        _ => FloatMembers.AsDouble(arg),
    };

    /// <summary>CPython's PyNumber_Check: has __index__, __int__ or __float__, or is complex.</summary>
    internal static bool IsNumber(object? o)
    {
        if (o is long or bool or BigInteger or double or Complex)
        {
            return true;
        }
        if (o is PyStr)
        {
            return false;
        }
        var t = PyType.Of(o);
        return t.Lookup(PyProtocol.IndexName) != null || t.Lookup(PyStr.Intern("__int__")) != null
            || t.Lookup(PyStr.Intern("__float__")) != null;
    }

    /// <summary>Digits of an integer directive, without sign, zero-extended to the precision, with the 0x/0o prefix.</summary>
    private static string IntegerBody(BigInteger value, char conversion, int precision, bool alternate)
    {
        var radix = conversion switch
        {
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        var digits = PyFormatter.ToRadix(BigInteger.Abs(value), radix);
        if (precision > digits.Length)
        {
            digits = new string('0', precision - digits.Length) + digits;
        }
        if (conversion == 'X')
        {
            digits = digits.ToUpperInvariant();
        }
        if (alternate && radix != 10)
        {
            digits = (conversion == 'o' ? "0o" : conversion == 'x' ? "0x" : "0X") + digits;
        }
        return digits;
    }

    /// <summary>Sign, prefix and digits padded as printf does: zeros go between the prefix and the digits.</summary>
    private static void AppendNumber(StringBuilder sb, string body, bool negative, int flags, int width, char conversion)
    {
        var sign = negative ? "-" : (flags & FlagSign) != 0 ? "+" : (flags & FlagBlank) != 0 ? " " : string.Empty;
        var prefixLength = (flags & FlagAlternate) != 0 && conversion is 'o' or 'x' or 'X' ? 2 : 0;
        var length = sign.Length + body.Length;
        var padding = width - length;
        if (padding <= 0)
        {
            sb.Append(sign).Append(body);
        }
        else if ((flags & FlagLeft) != 0)
        {
            sb.Append(sign).Append(body).Append(' ', padding);
        }
        else if ((flags & FlagZero) != 0)
        {
            sb.Append(sign).Append(body, 0, prefixLength).Append('0', padding).Append(body, prefixLength, body.Length - prefixLength);
        }
        else
        {
            sb.Append(' ', padding).Append(sign).Append(body);
        }
    }

    private static void AppendPadded(StringBuilder sb, string text, int length, int width, bool left)
    {
        var padding = width - length;
        if (padding > 0 && !left)
        {
            sb.Append(' ', padding);
        }
        sb.Append(text);
        if (padding > 0 && left)
        {
            sb.Append(' ', padding);
        }
    }

    /// <summary>Where the arguments of a %-format come from: a tuple, a single value, or a mapping for %(key).</summary>
    private struct PercentState
    {
        private readonly PyTuple _items;
        private object? _single;
        private int _index;
        private int _count;

        public PercentState(object? args)
        {
            if (args is PyTuple t)
            {
                _items = t;
                _count = t.Count;
            }
            else
            {
                _items = PyTuple.Empty;
                _single = args;
                _count = -1;
                _index = -2;
                if (args is not PyStr && (args is PyDict or PyList || PyType.Of(args).Lookup(PyProtocol.GetItemName) != null))
                {
                    Mapping = args;
                }
            }
        }

        public object? Mapping { get; }

        public bool HasUnusedArguments => _index < _count && Mapping == null;

        public void UseKeyedArgument(object? value)
        {
            _single = value;
            _count = -1;
            _index = -2;
        }

        public object? Next()
        {
            if (_index < _count)
            {
                var i = _index++;
                return _count < 0 ? _single : _items[i];
            }
            throw new PyException(PyErrors.NotEnoughFormatArguments());
        }
    }
}
