using System.Diagnostics;
using System.Globalization;

namespace Briefings.Benchmarks;

/// <summary>
/// Times named stages with a stopwatch, the bytes allocated by every thread meanwhile and the time the garbage
/// collector paused the process for, how many of its collections were full (gen2: they walk the whole heap, so they
/// are what a large document pays for), and the size of the heap after it (live objects and garbage not yet collected); prints a Markdown table.
/// </summary>
internal sealed class StageTimer
{
    private readonly List<(string Run, string Stage, double Milliseconds, double AllocatedMegabytes, double PausedMilliseconds, int FullCollections, double HeapMegabytes)> rows = [];

    public T Time<T>(string run, string stage, Func<T> work)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var fullBefore = GC.CollectionCount(2);
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        rows.Add((run, stage, stopwatch.Elapsed.TotalMilliseconds, allocated / 1024.0 / 1024.0, paused.TotalMilliseconds, GC.CollectionCount(2) - fullBefore, GC.GetTotalMemory(Environment.GetEnvironmentVariable("RETAINED") == "1") / 1024.0 / 1024.0));
        return result;
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("| run | stage | ms | allocated MB | GC pause ms | gen2 | heap after MB |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (run, stage, milliseconds, megabytes, paused, full, heap) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run} | {stage} | {milliseconds:0.0} | {megabytes:0.0} | {paused:0.0} | {full} | {heap:0} |"));
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB; GC heap now: {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0} MB; gen0/1/2 collections: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
    }
}
