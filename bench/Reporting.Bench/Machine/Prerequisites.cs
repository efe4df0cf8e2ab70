namespace Reporting.Bench.Machine;

/// <summary>
/// Installs what a benchmark needs from Debian when it is missing (PostgreSQL 15, wrk), through
/// bench/setup.sh, which says what to install by hand where it cannot (not root, not Debian).
/// </summary>
public static class Prerequisites
{
    public static void Install(string what)
    {
        var script = Path.Combine(RepositoryRoot.Path, "bench", "setup.sh");
        Console.WriteLine($"setup: {what} is missing; running {script} {what} …");
        Console.WriteLine(Command.Run("bash", [script, what]).Trim());
    }
}
