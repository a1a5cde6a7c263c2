
namespace PyNet.Runtime;

/// <summary>
/// Character properties and case mappings as CPython 3.11 has them (Unicode 14.0.0; CPython's Objects/unicodectype.c).
/// The .NET runtime's own tables follow another Unicode version and lack the full (one-to-many) mappings, so str's
/// methods ask this class. The tables are generated into UnicodeTypes.g.cs by tools/generate-unicode-types.py.
/// </summary>
public static partial class UnicodeTypes
{
    /// <summary>A mapping value at or below this refers to <c>s_special</c>; above, it is a code point delta.</summary>
    private const int Special = int.MinValue;

    private readonly record struct Record(ushort Flags, int Upper, int Lower, int Title, int Fold, sbyte Decimal, sbyte Digit)
    {
        public Record(int flags, int upper, int lower, int title, int fold, int @decimal, int digit)
            : this((ushort)flags, upper, lower, title, fold, (sbyte)@decimal, (sbyte)digit)
        {
        }
    }

    private static ref readonly Record Get(int cp)
    {
        var block = Index1[cp >> Shift];
        return ref s_records[Index2[(block << Shift) + (cp & ((1 << Shift) - 1))]];
    }

    private static bool Has(int cp, ushort flag) => (Get(cp).Flags & flag) != 0;

    public static bool IsAlpha(int cp) => Has(cp, AlphaFlag);

    public static bool IsDecimal(int cp) => Has(cp, DecimalFlag);

    public static bool IsDigit(int cp) => Has(cp, DigitFlag);

    public static bool IsNumeric(int cp) => Has(cp, NumericFlag);

    public static bool IsLower(int cp) => Has(cp, LowerFlag);

    public static bool IsUpper(int cp) => Has(cp, UpperFlag);

    public static bool IsTitle(int cp) => Has(cp, TitleFlag);

    public static bool IsSpace(int cp) => Has(cp, SpaceFlag);

    public static bool IsPrintable(int cp) => Has(cp, PrintableFlag);

    public static bool IsXidStart(int cp) => Has(cp, XidStartFlag);

    public static bool IsXidContinue(int cp) => Has(cp, XidContinueFlag);

    public static bool IsCased(int cp) => Has(cp, CasedFlag);

    public static bool IsCaseIgnorable(int cp) => Has(cp, CaseIgnorableFlag);

    public static bool IsLineBreak(int cp) => Has(cp, LineBreakFlag);

    /// <summary>The decimal value of a decimal digit (<c>int('٣')</c>), else -1.</summary>
    public static int DecimalValue(int cp) => Get(cp).Decimal;

    /// <summary>The digit value (<c>unicodedata.digit</c>), else -1.</summary>
    public static int DigitValue(int cp) => Get(cp).Digit;

    public static void AppendUpper(PyStr.Builder sb, int cp) => Append(sb, cp, Get(cp).Upper);

    public static void AppendLower(PyStr.Builder sb, int cp) => Append(sb, cp, Get(cp).Lower);

    public static void AppendTitle(PyStr.Builder sb, int cp) => Append(sb, cp, Get(cp).Title);

    public static void AppendFold(PyStr.Builder sb, int cp) => Append(sb, cp, Get(cp).Fold);

    /// <summary>The simple (one code point) upper mapping, or the code point itself when the full mapping is longer.</summary>
    public static int SimpleUpper(int cp) => Simple(cp, Get(cp).Upper);

    public static int SimpleLower(int cp) => Simple(cp, Get(cp).Lower);

    private static int Simple(int cp, int mapping) => mapping > Special + 0xFFFF ? cp + mapping : cp;

    private static void Append(PyStr.Builder sb, int cp, int mapping)
    {
        if (mapping > Special + 0xFFFF)
        {
            sb.AppendCodePoint(cp + mapping);
        }
        else
        {
            sb.Append(s_special[mapping - Special]);
        }
    }
}
