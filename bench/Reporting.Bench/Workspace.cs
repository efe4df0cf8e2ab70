namespace Reporting.Bench;

/// <summary>A temporary folder for generated data and databases, removed at the end (also on Ctrl+C or SIGTERM).</summary>
public sealed class Workspace : IDisposable
{
    private int removed;

    public Workspace() => Machine.Cleanup.Register(this);

    public string Folder { get; } = Directory.CreateTempSubdirectory("reporting-bench-").FullName;

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>A path for a fresh database file (any earlier one of that name removed).</summary>
    public string FreshDatabase(string name)
    {
        var path = File(name);
        foreach (var stale in new[] { path, path + ".wal" })
        {
            System.IO.File.Delete(stale);
        }
        return path;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref removed, 1) == 0)
        {
            Machine.Cleanup.Unregister(this);
            Directory.Delete(Folder, recursive: true);
        }
    }
}
