using System.Text;

namespace PyNet.Runtime;

public partial class PyStr
{
    /// <summary>
    /// Builds a str from pieces and code points, keeping lone surrogates apart: when a lone high surrogate is followed
    /// by a lone low one (appended as code points, or as the edges of two strs), or a piece is itself marked, the result
    /// is a str whose surrogate units are all code points. Text appended as .NET strings or chars is taken as UTF-16.
    /// </summary>
    public sealed class Builder
    {
        private readonly StringBuilder _sb;
        private bool _surrogatesAreCodePoints;

        public Builder(int capacity = 16)
        {
            _sb = new StringBuilder(capacity);
        }

        public int UnitCount => _sb.Length;

        public Builder Append(PyStr s)
        {
            var v = s.Value;
            if (v.Length == 0)
            {
                return this;
            }
            if (s.SurrogatesAreCodePoints || (char.IsLowSurrogate(v[0]) && EndsWithHighSurrogate()))
            {
                _surrogatesAreCodePoints = true;
            }
            _sb.Append(v);
            return this;
        }

        /// <summary>Appends one code point; a surrogate is a lone code point.</summary>
        public Builder AppendCodePoint(int cp)
        {
            if (cp >= 0x10000)
            {
                _sb.Append(char.ConvertFromUtf32(cp));
                return this;
            }
            if (char.IsLowSurrogate((char)cp) && EndsWithHighSurrogate())
            {
                _surrogatesAreCodePoints = true;
            }
            _sb.Append((char)cp);
            return this;
        }

        public Builder Append(string text)
        {
            _sb.Append(text);
            return this;
        }

        public Builder Append(char c)
        {
            _sb.Append(c);
            return this;
        }

        public PyStr ToPyStr() => FromUnits(_sb.ToString(), _surrogatesAreCodePoints);

        private bool EndsWithHighSurrogate() => _sb.Length > 0 && char.IsHighSurrogate(_sb[^1]);
    }
}
