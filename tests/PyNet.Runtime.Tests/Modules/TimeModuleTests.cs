using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Modules;

public class TimeModuleTests
{
    private static readonly PyModule s_time = TimeModule.Create();

    private static object? F(string name) => s_time.Dict[PyStr.Intern(name)];

    [Fact]
    public void ClocksAdvanceAndSleepWaits()
    {
        var t0 = (double)Call(F("perf_counter"))!;
        Call(F("sleep"), 0.02);
        var t1 = (double)Call(F("perf_counter"))!;
        Assert.True(t1 - t0 >= 0.015);
        Assert.True((long)Call(F("time_ns"))! > 1_600_000_000_000_000_000L);
        Assert.Equal("sleep length must be non-negative", Raises("ValueError", () => Call(F("sleep"), -1L)));
    }

    [Fact]
    public void GmtimeAndStrftimeFormatTheEpoch()
    {
        var t = Call(F("gmtime"), 86400L * 365 + 3661);
        Assert.Equal("time.struct_time(tm_year=1971, tm_mon=1, tm_mday=1, tm_hour=1, tm_min=1, tm_sec=1, tm_wday=4, tm_yday=1, tm_isdst=0)", Repr(t));
        Assert.Equal("1971-01-01 01:01:01 Fri January 001", Str(Call(F("strftime"), S("%Y-%m-%d %H:%M:%S %a %B %j"), t)));
        Assert.Equal(1971L, PyProtocol.GetAttr(t, PyStr.Intern("tm_year")));
        Assert.Equal(1L, PyProtocol.GetItem(t, 1L));
    }
}
