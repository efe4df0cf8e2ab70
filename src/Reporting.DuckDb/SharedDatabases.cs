namespace Reporting.DuckDb;

/// <summary>
/// One open database per file per process for connections opened from a connection string:
/// DuckDB allows a single writer process per file, and its instance is meant to be shared.
/// The database closes when its last connection does. In-memory databases are never shared.
/// </summary>
internal static class SharedDatabases
{
    private static readonly Dictionary<string, Entry> Open = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static Lease Acquire(DuckDbDatabaseOptions options)
    {
        if (options.IsInMemory)
        {
            return new Lease(DuckDbDatabase.Open(options), key: null);
        }
        var key = Path.GetFullPath(options.Path);
        lock (Gate)
        {
            if (!Open.TryGetValue(key, out var entry))
            {
                entry = new Entry(DuckDbDatabase.Open(options));
                Open[key] = entry;
            }
            entry.References++;
            return new Lease(entry.Database, key);
        }
    }

    private static void Release(Lease lease)
    {
        if (lease.Key is null)
        {
            lease.Database.Dispose();
            return;
        }
        lock (Gate)
        {
            var entry = Open[lease.Key];
            if (--entry.References == 0)
            {
                Open.Remove(lease.Key);
                entry.Database.Dispose();
            }
        }
    }

    private sealed class Entry(DuckDbDatabase database)
    {
        public DuckDbDatabase Database { get; } = database;

        public int References { get; set; }
    }

    internal sealed class Lease(DuckDbDatabase database, string? key) : IDisposable
    {
        private int released;

        public DuckDbDatabase Database { get; } = database;

        public string? Key { get; } = key;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                Release(this);
            }
        }
    }
}
