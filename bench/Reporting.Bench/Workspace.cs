namespace Reporting.Bench;

/// <summary>A temporary folder for generated data and databases, removed at the end.</summary>
public sealed class Workspace : IDisposable
{
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

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
