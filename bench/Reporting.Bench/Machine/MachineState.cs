using System.Globalization;

namespace Reporting.Bench.Machine;

/// <summary>
/// What the figures were measured on: cores, the load average before and after (the machine is
/// shared, so other work shows in the figures), the commit, the time.
/// </summary>
public sealed record MachineState(int Cores, string LoadBefore, string Commit, DateTimeOffset Started)
{
    public string? LoadAfter { get; init; }

    public static MachineState Now() => new(Environment.ProcessorCount, LoadAverage(), CommitOf(), DateTimeOffset.UtcNow);

    /// <summary>The 1, 5 and 15 minute load averages, as /proc/loadavg gives them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores, load average {LoadBefore} before and {LoadAfter ?? "?"} after (1/5/15 min), commit {Commit}, {Started:yyyy-MM-dd HH:mm} UTC");

    private static string CommitOf()
    {
        try
        {
            var head = Command.Run("git", ["-C", RepositoryRoot.Path, "rev-parse", "--short", "HEAD"]).Trim();
            var dirty = Command.Run("git", ["-C", RepositoryRoot.Path, "status", "--porcelain", "--untracked-files=no"]).Trim().Length > 0;
            return dirty ? head + "+changes" : head;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
