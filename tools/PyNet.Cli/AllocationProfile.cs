using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace PyNet.Cli;

/// <summary>
/// PYNET_ALLOC_PROFILE=1 (for PyNet developers): samples allocations through the runtime's GCAllocationTick events
/// (one per ~100 KB allocated, naming the type that crossed the mark) and prints the types by sampled bytes at exit,
/// with the GC counts and pause time.
/// </summary>
internal sealed class AllocationProfile : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private long _total;

    /// <summary>Starts a profile; returns what prints it at exit.</summary>
    public static Action Start() => new AllocationProfile().Report;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload == null)
        {
            return;
        }
        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j]) : 100_000;
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
            _total += amount;
        }
    }

    public void Report()
    {
        Dispose();
        lock (_bytes)
        {
            Console.Error.WriteLine($"# allocated {GC.GetTotalAllocatedBytes() / 1_000_000} MB; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
            foreach (var (name, bytes) in _bytes.OrderByDescending(p => p.Value).Take(25))
            {
                Console.Error.WriteLine($"# {100.0 * bytes / Math.Max(1, _total),5:F1}%  {name}");
            }
        }
    }
}
