using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c>, as CPython's <c>Objects/stringlib/unicode_format.h</c>: literal text
/// with {{ and }}, replacement fields <c>{name.attr[key]!conversion:spec}</c> whose spec may itself hold fields
/// (two levels deep), and automatic or manual numbering, never both.
/// </summary>
public static partial class PyStrFormatting
{
    private const int MaxRecursion = 2;

    public static object Format(PyStr format, object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var positional = args[..^nKw];
        PyDict? keywords = null;
        if (nKw > 0)
        {
            keywords = new PyDict();
            for (var i = 0; i < nKw; i++)
            {
                keywords[kwNames![i]] = args[args.Length - nKw + i];
            }
        }
        var state = new FormatState(positional, keywords, false);
        return new PyStr(Render(format.Value, state, MaxRecursion));
    }

    public static object FormatMap(PyStr format, object? mapping)
    {
        var state = new FormatState(System.Array.Empty<object?>(), mapping, true);
        return new PyStr(Render(format.Value, state, MaxRecursion));
    }

    private static string Render(string s, FormatState state, int depth)
    {
        if (depth <= 0)
        {
            throw new PyException(PyErrors.MaxRecursionInFormat());
        }
        var sb = new StringBuilder(s.Length + 16);
        var pos = 0;
        while (pos < s.Length)
        {
            var c = s[pos++];
            if (c == '}')
            {
                if (pos < s.Length && s[pos] == '}')
                {
                    sb.Append('}');
                    pos++;
                    continue;
                }
                throw new PyException(PyErrors.SingleBraceEncountered(false));
            }
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }
            if (pos >= s.Length)
            {
                throw new PyException(PyErrors.SingleBraceEncountered(true));
            }
            if (s[pos] == '{')
            {
                sb.Append('{');
                pos++;
                continue;
            }
            pos = RenderField(s, pos, state, depth, sb);
        }
        return sb.ToString();
    }

    /// <summary>Parses and renders the field whose text starts at <paramref name="pos"/> (after '{'); returns the index after its '}'.</summary>
    private static int RenderField(string s, int pos, FormatState state, int depth, StringBuilder sb)
    {
        var nameStart = pos;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (c == '{')
            {
                throw new PyException(PyErrors.UnexpectedBraceInFieldName());
            }
            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']')
                {
                    pos++;
                }
                continue;
            }
            if (c is '}' or ':' or '!')
            {
                break;
            }
            pos++;
        }
        if (pos >= s.Length)
        {
            throw new PyException(PyErrors.ExpectedCloseBrace());
        }
        var fieldName = s[nameStart..pos];
        var conversion = -1;
        if (s[pos] == '!')
        {
            pos++;
            if (pos >= s.Length)
            {
                throw new PyException(PyErrors.EndOfStringWhileLookingForConversion());
            }
            conversion = s[pos++];
            if (pos < s.Length && s[pos] != ':' && s[pos] != '}')
            {
                throw new PyException(PyErrors.ExpectedColonAfterConversion());
            }
        }
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
        }
        var specStart = pos;
        var count = 1;
        while (pos < s.Length)
        {
            var c = s[pos++];
            if (c == '{')
            {
                count++;
            }
            else if (c == '}' && --count == 0)
            {
                break;
            }
        }
        if (count != 0)
        {
            throw new PyException(PyErrors.UnmatchedOpenBrace());
        }
        var spec = s[specStart..(pos - 1)];
        var value = state.Resolve(fieldName);
        value = conversion switch
        {
            -1 => value,
            'r' => new PyStr(PyProtocol.Repr(value)),
            's' => PyProtocol.Str(value),
            'a' => new PyStr(Builtins.Ascii(value)),
            _ => throw new PyException(PyErrors.UnknownConversion(conversion)),
        };
        if (spec.Contains('{'))
        {
            spec = Render(spec, state, depth - 1);
        }
        sb.Append(PyProtocol.Format(value, new PyStr(spec)).Value);
        return pos;
    }

    /// <summary>The arguments of one format call and its numbering mode.</summary>
    private sealed class FormatState
    {
        private readonly object?[] _positional;
        private readonly object? _keywords;
        private readonly bool _isFormatMap;
        private int _autoIndex;
        private bool _usedAuto;
        private bool _usedManual;

        public FormatState(object?[] positional, object? keywords, bool isFormatMap)
        {
            _positional = positional;
            _keywords = keywords;
            _isFormatMap = isFormatMap;
        }

        /// <summary>Looks up <c>first(.attr|[key])*</c>.</summary>
        public object? Resolve(string field)
        {
            var i = 0;
            while (i < field.Length && field[i] != '.' && field[i] != '[')
            {
                i++;
            }
            var first = field[..i];
            object? value;
            if (first.Length == 0)
            {
                if (_usedManual)
                {
                    throw new PyException(PyErrors.ManualToAutoNumbering());
                }
                _usedAuto = true;
                value = Positional(_autoIndex++);
            }
            else if (TryParseIndex(first, out var index))
            {
                if (_usedAuto)
                {
                    throw new PyException(PyErrors.AutoToManualNumbering());
                }
                _usedManual = true;
                value = Positional(index);
            }
            else
            {
                var key = new PyStr(first);
                if (_keywords == null)
                {
                    throw new PyException(PyErrors.KeyError(key));
                }
                value = PyProtocol.GetItem(_keywords, key);
            }
            while (i < field.Length)
            {
                var c = field[i++];
                var start = i;
                if (c == '.')
                {
                    while (i < field.Length && field[i] != '.' && field[i] != '[')
                    {
                        i++;
                    }
                    if (i == start)
                    {
                        throw new PyException(PyErrors.EmptyAttributeInFormat());
                    }
                    value = PyProtocol.GetAttr(value, new PyStr(field[start..i]));
                }
                else if (c == '[')
                {
                    while (i < field.Length && field[i] != ']')
                    {
                        i++;
                    }
                    if (i >= field.Length)
                    {
                        throw new PyException(PyErrors.MissingCloseBracketInFormat());
                    }
                    var keyText = field[start..i];
                    i++;
                    if (keyText.Length == 0)
                    {
                        throw new PyException(PyErrors.EmptyAttributeInFormat());
                    }
                    object key = TryParseIndex(keyText, out var k) ? PyInt.Box(k) : new PyStr(keyText);
                    value = PyProtocol.GetItem(value, key);
                }
                else
                {
                    throw new PyException(PyErrors.OnlyDotOrBracketInFormat());
                }
            }
            return value;
        }

        private object? Positional(long index)
        {
            if (_isFormatMap)
            {
                throw new PyException(PyErrors.FormatMapPositional());
            }
            if (index >= _positional.Length)
            {
                throw new PyException(PyErrors.ReplacementIndexOutOfRange(index, _positional.Length));
            }
            return _positional[index];
        }

        private static bool TryParseIndex(string text, out long value)
        {
            value = 0;
            if (text.Length == 0)
            {
                return false;
            }
            foreach (var ch in text)
            {
                if (ch is < '0' or > '9')
                {
                    return false;
                }
            }
            foreach (var ch in text)
            {
                if (value > (long.MaxValue - 9) / 10)
                {
                    throw new PyException(PyErrors.TooManyDecimalDigitsInFormatField());
                }
                value = (value * 10) + (ch - '0');
            }
            return true;
        }
    }
}
