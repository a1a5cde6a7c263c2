using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>The <c>time</c> module: clocks, sleep, and struct_time with gmtime/localtime/strftime/mktime.</summary>
public static class TimeModule
{
    private static readonly string[] s_days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] s_months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("time", d);
        Def(d, PyBuiltinFunction.Create("time", () => UnixNanoseconds() / 1e9));
        Def(d, PyBuiltinFunction.Create("time_ns", () => PyInt.Box(UnixNanoseconds())));
        Def(d, PyBuiltinFunction.Create("perf_counter", () => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Def(d, PyBuiltinFunction.Create("perf_counter_ns", () => PyInt.Box(MonotonicNanoseconds())));
        Def(d, PyBuiltinFunction.Create("monotonic", () => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Def(d, PyBuiltinFunction.Create("monotonic_ns", () => PyInt.Box(MonotonicNanoseconds())));
        Def(d, PyBuiltinFunction.Create("process_time", () => Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        Def(d, PyBuiltinFunction.Create("process_time_ns", () => PyInt.Box(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100)));
        Def(d, PyBuiltinFunction.Create("sleep", seconds =>
        {
            var s = MathModule.ToDouble(seconds);
            if (s < 0)
            {
                throw new PyException(PyErrors.SleepLengthNegative());
            }
            PyOps.SleepInterruptibly(TimeSpan.FromSeconds(s));
            return null;
        }));
        Def(d, new PyBuiltinFunction("gmtime", (args, kw) => PyStructTime.From(TimeArgument("gmtime", args, kw), utc: true).ToPython()));
        Def(d, new PyBuiltinFunction("localtime", (args, kw) => PyStructTime.From(TimeArgument("localtime", args, kw), utc: false).ToPython()));
        Def(d, PyBuiltinFunction.Create("mktime", t =>
        {
            var st = PyStructTime.FromSequence(t);
            var local = new DateTime(st.Year, st.Month, st.Day, st.Hour, st.Minute, st.Second, DateTimeKind.Local);
            return (double)new DateTimeOffset(local).ToUnixTimeSeconds();
        }));
        Def(d, new PyBuiltinFunction("strftime", (args, kw) =>
        {
            Builtins.NoKeywords("strftime", kw);
            if (args.Length < 1 || args.Length > 2)
            {
                throw new PyException(args.Length < 1 ? PyErrors.ExpectedAtLeast("strftime", 1, 0) : PyErrors.ExpectedAtMost("strftime", 2, args.Length));
            }
            var format = args[0] as PyStr ?? throw new PyException(PyErrors.StrftimeFormatType(args[0]));
            var t = args.Length > 1 ? PyStructTime.FromSequence(args[1]) : PyStructTime.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0, utc: false);
            return new PyStr(Strftime(format.Value, t));
        }));
        d[PyStr.Intern("struct_time")] = PyStructTime.StructTimeType;
        d[PyStr.Intern("timezone")] = PyInt.Box((long)-TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
        d[PyStr.Intern("altzone")] = PyInt.Box((long)-TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds - 3600);
        d[PyStr.Intern("daylight")] = PyInt.Box(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0);
        d[PyStr.Intern("tzname")] = PyTuple.Create(new PyStr(TimeZoneInfo.Local.StandardName), new PyStr(TimeZoneInfo.Local.DaylightName));
        return m;
    }

    private static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;

    private static long UnixNanoseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static long MonotonicNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static double TimeArgument(string name, object?[] args, PyStr[]? kw)
    {
        Builtins.NoKeywords(name, kw);
        if (args.Length > 1)
        {
            throw new PyException(PyErrors.ExpectedAtMost(name, 1, args.Length));
        }
        return args.Length == 0 || args[0] == null ? UnixNanoseconds() / 1e9 : Math.Floor(MathModule.ToDouble(args[0]));
    }

    /// <summary>strftime with the C library's directives for the C locale.</summary>
    public static string Strftime(string format, PyStructTime t)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 == format.Length)
            {
                sb.Append(c);
                continue;
            }
            var directive = format[++i];
            var inv = CultureInfo.InvariantCulture;
            switch (directive)
            {
                case 'Y': sb.Append(t.Year.ToString(inv)); break;
                case 'y': sb.Append((t.Year % 100).ToString("00", inv)); break;
                case 'm': sb.Append(t.Month.ToString("00", inv)); break;
                case 'd': sb.Append(t.Day.ToString("00", inv)); break;
                case 'e': sb.Append(t.Day.ToString(inv).PadLeft(2)); break;
                case 'H': sb.Append(t.Hour.ToString("00", inv)); break;
                case 'I': sb.Append((((t.Hour + 11) % 12) + 1).ToString("00", inv)); break;
                case 'M': sb.Append(t.Minute.ToString("00", inv)); break;
                case 'S': sb.Append(t.Second.ToString("00", inv)); break;
                case 'p': sb.Append(t.Hour < 12 ? "AM" : "PM"); break;
                case 'a': sb.Append(s_days[t.WeekDay][..3]); break;
                case 'A': sb.Append(s_days[t.WeekDay]); break;
                case 'b' or 'h': sb.Append(s_months[t.Month - 1][..3]); break;
                case 'B': sb.Append(s_months[t.Month - 1]); break;
                case 'j': sb.Append(t.YearDay.ToString("000", inv)); break;
                case 'w': sb.Append(((t.WeekDay + 1) % 7).ToString(inv)); break;
                case 'u': sb.Append((t.WeekDay + 1).ToString(inv)); break;
                case 'Z': sb.Append(t.ZoneName); break;
                case 'z':
                    var offset = t.GmtOffset;
                    sb.Append(offset < 0 ? '-' : '+').Append((Math.Abs(offset) / 3600).ToString("00", inv)).Append((Math.Abs(offset) / 60 % 60).ToString("00", inv));
                    break;
                case 'D': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'F': sb.Append(Strftime("%Y-%m-%d", t)); break;
                case 'T': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'R': sb.Append(Strftime("%H:%M", t)); break;
                case 'c': sb.Append(Strftime("%a %b %e %H:%M:%S %Y", t)); break;
                case 'x': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'X': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(directive); break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>
/// A broken-down time: the nine fields of <c>time.struct_time</c> plus tm_zone and tm_gmtoff. The Python value is a
/// struct sequence (a tuple of the nine, with the two extra fields by name only), as CPython's.
/// </summary>
public sealed class PyStructTime
{
    private static readonly string[] s_fields =
    {
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
    };

    public static readonly PyType StructTimeType = PyStructSequence.NewType("struct_time", "time", s_fields, visible: 9);

    private readonly object?[] _values;

    private PyStructTime(object?[] values, string zoneName, long gmtOffset)
    {
        _values = values;
        ZoneName = zoneName;
        GmtOffset = gmtOffset;
    }

    public int Year => (int)(long)_values[0]!;

    public int Month => (int)(long)_values[1]!;

    public int Day => (int)(long)_values[2]!;

    public int Hour => (int)(long)_values[3]!;

    public int Minute => (int)(long)_values[4]!;

    public int Second => (int)(long)_values[5]!;

    public int WeekDay => (int)(long)_values[6]!;

    public int YearDay => (int)(long)_values[7]!;

    public string ZoneName { get; }

    public long GmtOffset { get; }

    public static PyStructTime From(double seconds, bool utc)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(seconds * 1000));
        var zone = utc ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var isDst = !utc && zone.IsDaylightSavingTime(local);
        var dt = local.DateTime;
        var values = new object?[]
        {
            PyInt.Box(dt.Year), PyInt.Box(dt.Month), PyInt.Box(dt.Day), PyInt.Box(dt.Hour), PyInt.Box(dt.Minute), PyInt.Box(dt.Second),
            PyInt.Box(((int)dt.DayOfWeek + 6) % 7), PyInt.Box(dt.DayOfYear), PyInt.Box(utc ? 0 : isDst ? 1 : 0),
        };
        var name = utc ? "GMT" : isDst ? zone.DaylightName : zone.StandardName;
        return new PyStructTime(values, name, (long)local.Offset.TotalSeconds);
    }

    /// <summary>The <c>time.struct_time</c> value.</summary>
    public PyTuple ToPython() => PyStructSequence.New(StructTimeType, [.. _values, new PyStr(ZoneName), PyInt.Box(GmtOffset)]);

    private static readonly PyStr s_zone = PyStr.Intern("tm_zone");
    private static readonly PyStr s_gmtOffset = PyStr.Intern("tm_gmtoff");

    /// <summary>A struct_time or any 9-item sequence of ints.</summary>
    public static PyStructTime FromSequence(object? o)
    {
        var items = Builtins.ToArray(o);
        if (items.Length != 9)
        {
            throw new PyException(PyErrors.StructTimeSequenceLength());
        }
        var values = new object?[9];
        for (var i = 0; i < 9; i++)
        {
            values[i] = PyInt.Box(PyProtocol.Index(items[i]));
        }
        if (PyType.Of(o) == StructTimeType && PyProtocol.GetAttr(o, s_zone) is PyStr zone && PyProtocol.GetAttr(o, s_gmtOffset) is long offset)
        {
            return new PyStructTime(values, zone.Value, offset);
        }
        return new PyStructTime(values, "UTC", 0);
    }
}
