using System.Diagnostics;
using Reporting.ClickHouse;

namespace Reporting.Tests.Chdb;

/// <summary>
/// Embedded ClickHouse for tests. chDB runs one data folder per process, so a test process has one
/// (removed by the next run once this process has gone) and each warehouse is a database of its own.
/// </summary>
public static class TestWarehouses
{
    private const string Prefix = "reporting-chdb-tests-";
    private static readonly Lazy<string> Folder = new(MakeFolder);

    /// <summary>A warehouse of its own in the process's engine.</summary>
    public static ClickHouseWarehouse Open() => ClickHouseWarehouse.OpenEmbedded(Path.Combine(Folder.Value, "clickhouse"), NewName());

    /// <summary>A --db / Reporting:Database value for a database of its own in the process's engine (chdb:DIR?database=NAME).</summary>
    public static string NewLocation() => $"chdb:{Folder.Value}?database={NewName()}";

    private static string NewName() => "test_" + Guid.NewGuid().ToString("N");

    private static string MakeFolder()
    {
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*").Where(Abandoned))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
                // Another test process starting now removes the same folder: what is gone is gone. Thrown
                // here, it would fail every test of this process (Lazy keeps the exception).
            }
        }
        return Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId);
    }

    private static bool Abandoned(string folder)
    {
        if (!int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid))
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
