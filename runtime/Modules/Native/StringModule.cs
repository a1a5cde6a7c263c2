using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_string</c> module that <c>string.Formatter</c> uses: the format-string parser of str.format, exposed as
/// <c>formatter_parser</c> (literal, field name, spec, conversion) and <c>formatter_field_name_split</c>, following
/// CPython's Objects/stringlib/unicode_format.h.
/// </summary>
public static class StringModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_string", d);
        NativeTypes.Def(d, PyBuiltinFunction.Create("formatter_parser", s => new PyListIterator(PyList.FromArray(Parse(Text(s)).ToArray()))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("formatter_field_name_split", s => SplitFieldName(Text(s))));
        return m;
    }

    private static string Text(object? s) => s is PyStr ps ? ps.Value : throw new PyException(PyErrors.TypeError($"expected str, got {PyErrors.TypeName(s)}"));

    /// <summary>The (literal, field_name, format_spec, conversion) tuples of a format string.</summary>
    public static List<object?> Parse(string s)
    {
        var result = new List<object?>();
        var pos = 0;
        while (pos < s.Length)
        {
            var start = pos;
            var c = '\0';
            var markupFollows = false;
            while (pos < s.Length)
            {
                c = s[pos++];
                if (c is '{' or '}')
                {
                    markupFollows = true;
                    break;
                }
            }
            var atEnd = pos >= s.Length;
            var length = pos - start;
            if (c == '}' && markupFollows && (atEnd || s[pos] != '}'))
            {
                throw new PyException(PyErrors.ValueError("Single '}' encountered in format string"));
            }
            if (atEnd && c == '{' && markupFollows)
            {
                throw new PyException(PyErrors.ValueError("Single '{' encountered in format string"));
            }
            if (!atEnd && markupFollows)
            {
                if (s[pos] == c)
                {
                    pos++;
                    markupFollows = false;
                }
                else
                {
                    length--;
                }
            }
            var literal = new PyStr(s.Substring(start, length));
            if (!markupFollows)
            {
                result.Add(PyTuple.Create(new object?[] { literal, null, null, null }));
                continue;
            }
            var count = 1;
            var fieldStart = pos;
            while (pos < s.Length)
            {
                var f = s[pos++];
                if (f == '{')
                {
                    count++;
                }
                else if (f == '}' && --count == 0)
                {
                    break;
                }
            }
            if (count > 0)
            {
                throw new PyException(PyErrors.ValueError("expected '}' before end of string"));
            }
            var (name, spec, conversion) = ParseField(s.Substring(fieldStart, pos - 1 - fieldStart));
            result.Add(PyTuple.Create(new object?[] { literal, new PyStr(name), new PyStr(spec), conversion == '\0' ? null : new PyStr(conversion.ToString()) }));
        }
        return result;
    }

    private static (string Name, string Spec, char Conversion) ParseField(string field)
    {
        var pos = 0;
        var c = '\0';
        var terminated = false;
        while (pos < field.Length)
        {
            c = field[pos++];
            if (c == '{')
            {
                throw new PyException(PyErrors.ValueError("unexpected '{' in field name"));
            }
            if (c == '[')
            {
                while (pos < field.Length && field[pos] != ']')
                {
                    pos++;
                }
                continue;
            }
            if (c is '}' or ':' or '!')
            {
                terminated = true;
                break;
            }
        }
        if (!terminated || c == '}')
        {
            return (terminated ? field[..(pos - 1)] : field, string.Empty, '\0');
        }
        var name = field[..(pos - 1)];
        var conversion = '\0';
        if (c == '!')
        {
            if (pos >= field.Length)
            {
                throw new PyException(PyErrors.ValueError("end of string while looking for conversion specifier"));
            }
            conversion = field[pos++];
            if (pos < field.Length && field[pos++] != ':')
            {
                throw new PyException(PyErrors.ValueError("expected ':' after conversion specifier"));
            }
        }
        return (name, field[pos..], conversion);
    }

    /// <summary><c>formatter_field_name_split("a.b[0]")</c>: ('a', iterator of (True, 'b'), (False, 0)).</summary>
    private static PyTuple SplitFieldName(string field)
    {
        var pos = 0;
        while (pos < field.Length && field[pos] != '.' && field[pos] != '[')
        {
            pos++;
        }
        var first = KeyOf(field[..pos]);
        var rest = new List<object?>();
        while (pos < field.Length)
        {
            var c = field[pos++];
            var start = pos;
            if (c == '.')
            {
                while (pos < field.Length && field[pos] != '.' && field[pos] != '[')
                {
                    pos++;
                }
                if (pos == start)
                {
                    throw new PyException(PyErrors.ValueError("Empty attribute in format string"));
                }
                rest.Add(PyTuple.Create(true, new PyStr(field[start..pos])));
            }
            else if (c == '[')
            {
                while (pos < field.Length && field[pos] != ']')
                {
                    pos++;
                }
                if (pos >= field.Length)
                {
                    throw new PyException(PyErrors.ValueError("Missing ']' in format string"));
                }
                if (pos == start)
                {
                    throw new PyException(PyErrors.ValueError("Empty attribute in format string"));
                }
                rest.Add(PyTuple.Create(false, KeyOf(field[start..pos])));
                pos++;
                if (pos < field.Length && field[pos] != '.' && field[pos] != '[')
                {
                    throw new PyException(PyErrors.ValueError("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
            else
            {
                throw new PyException(PyErrors.ValueError("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        return PyTuple.Create(first, new PyListIterator(PyList.FromArray(rest.ToArray())));
    }

    private static object KeyOf(string s)
    {
        if (s.Length == 0)
        {
            return new PyStr(s);
        }
        long value = 0;
        foreach (var ch in s)
        {
            if (ch is < '0' or > '9' || value > (long.MaxValue - 9) / 10)
            {
                return new PyStr(s);
            }
            value = (value * 10) + (ch - '0');
        }
        return PyInt.Box(value);
    }
}
