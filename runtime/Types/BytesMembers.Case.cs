using System;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>bytes/bytearray case mapping, classification and padding: ASCII only, as CPython's bytes_methods.c.</summary>
public static partial class BytesMembers
{
    private static void DefineCase(PyType t, string typeName, Func<byte[], object> make)
    {
        t.DefMethod("upper", self => make(Map(Data(self), b => IsLower(b) ? (byte)(b - 32) : b)));
        t.DefMethod("lower", self => make(Map(Data(self), b => IsUpper(b) ? (byte)(b + 32) : b)));
        t.DefMethod("swapcase", self => make(Map(Data(self), b => IsUpper(b) ? (byte)(b + 32) : IsLower(b) ? (byte)(b - 32) : b)));
        t.DefMethod("capitalize", self =>
        {
            var data = Map(Data(self), b => IsUpper(b) ? (byte)(b + 32) : b);
            if (data.Length > 0 && IsLower(data[0]))
            {
                data[0] -= 32;
            }
            return make(data);
        });
        t.DefMethod("title", self =>
        {
            var data = (byte[])Data(self).Clone();
            var previousCased = false;
            for (var i = 0; i < data.Length; i++)
            {
                var b = data[i];
                if (previousCased && IsUpper(b))
                {
                    data[i] = (byte)(b + 32);
                }
                else if (!previousCased && IsLower(b))
                {
                    data[i] = (byte)(b - 32);
                }
                previousCased = IsUpper(b) || IsLower(b);
            }
            return make(data);
        });
        t.DefMethod("isdigit", self => AllBytes(Data(self), b => b is >= (byte)'0' and <= (byte)'9'));
        t.DefMethod("isalpha", self => AllBytes(Data(self), b => IsUpper(b) || IsLower(b)));
        t.DefMethod("isalnum", self => AllBytes(Data(self), b => IsUpper(b) || IsLower(b) || b is >= (byte)'0' and <= (byte)'9'));
        t.DefMethod("isspace", self => AllBytes(Data(self), b => StrMembers.IsAsciiSpace((char)b)));
        t.DefMethod("isascii", self => Data(self).All(b => b < 128));
        t.DefMethod("islower", self => Data(self).Any(IsLower) && !Data(self).Any(IsUpper));
        t.DefMethod("isupper", self => Data(self).Any(IsUpper) && !Data(self).Any(IsLower));
        t.DefMethod("istitle", self => IsTitle(Data(self)));
        foreach (var (name, side) in new[] { ("center", 0), ("ljust", -1), ("rjust", 1) })
        {
            t.DefMethodVar(name, (args, kw) =>
            {
                var a = MethodArguments.ClinicPositional(typeName + "." + name, name, args, kw, 1, 2);
                var data = Data(args[0]);
                var width = StrMembers.ClipIndex(a[0]);
                byte fill = (byte)' ';
                if (MethodArguments.IsGiven(a[1]))
                {
                    var f = PyBytes.TryGetBuffer(a[1]);
                    if (f == null || f.Length != 1)
                    {
                        throw new PyException(PyErrors.ByteFillCharacter(name, a[1]));
                    }
                    fill = f[0];
                }
                var margin = width - data.Length;
                if (margin <= 0)
                {
                    return make(data);
                }
                var left = side switch
                {
                    0 => (margin / 2) + (margin & width & 1),
                    -1 => 0,
                    _ => margin,
                };
                var result = new byte[width];
                Array.Fill(result, fill);
                data.CopyTo(result, left);
                return make(result);
            });
        }
        t.DefMethod("zfill", (self, widthArg) =>
        {
            var data = Data(self);
            var width = StrMembers.ClipIndex(widthArg);
            var margin = width - data.Length;
            if (margin <= 0)
            {
                return make(data);
            }
            var sign = data.Length > 0 && data[0] is (byte)'+' or (byte)'-' ? 1 : 0;
            var result = new byte[width];
            Array.Fill(result, (byte)'0');
            Array.Copy(data, 0, result, 0, sign);
            Array.Copy(data, sign, result, sign + margin, data.Length - sign);
            return make(result);
        });
        t.DefMethodVar("expandtabs", (args, kw) =>
        {
            var a = MethodArguments.Keywords("expandtabs", args, kw, s_tabNames, 0, 1);
            var size = MethodArguments.IsGiven(a[0]) ? StrMembers.ClipIndex(a[0]) : 8;
            var sb = new StringBuilder();
            long column = 0;
            foreach (var b in Data(args[0]))
            {
                if (b == '\t')
                {
                    if (size > 0)
                    {
                        var spaces = size - (column % size);
                        sb.Append(' ', (int)spaces);
                        column += spaces;
                    }
                }
                else
                {
                    sb.Append((char)b);
                    column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
                }
            }
            return make(Codecs.Encode(new PyStr(sb.ToString()), "latin-1", "strict"));
        });
    }

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static byte[] Map(byte[] data, Func<byte, byte> f)
    {
        var r = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            r[i] = f(data[i]);
        }
        return r;
    }

    private static bool AllBytes(byte[] data, Func<byte, bool> f) => data.Length > 0 && data.All(f);

    private static bool IsTitle(byte[] data)
    {
        var cased = false;
        var previousCased = false;
        foreach (var b in data)
        {
            if (IsUpper(b))
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }
}
