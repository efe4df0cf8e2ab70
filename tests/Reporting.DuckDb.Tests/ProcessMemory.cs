namespace Reporting.DuckDb.Tests;

/// <summary>The managed heap after a full collection, and the resident set (native memory included).</summary>
internal readonly record struct ProcessMemory(long Managed, long Resident)
{
    public static ProcessMemory Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new(GC.GetTotalMemory(forceFullCollection: true), ResidentBytes());
    }

    public override string ToString() => $"managed {Managed / 1024} KiB, resident {Resident / 1024} KiB";

    /// <summary>VmRSS from /proc/self/status on Linux, the working set elsewhere.</summary>
    private static long ResidentBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        return Environment.WorkingSet;
    }
}
