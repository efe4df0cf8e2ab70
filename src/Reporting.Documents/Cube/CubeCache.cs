using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Telemetry;

namespace Reporting.Documents.Cube;

/// <summary>
/// Remembers answers by the query (as normalised JSON), the day (relative ranges move with it), the
/// caller's access scope and the data version: a committed load bumps the version, so stale answers can no longer be found.
/// The version is read from the database only after a writer has finished since the last read
/// (<see cref="ReportingDatabase.WritesFinished"/>): a hit costs no query. On a ClickHouse server,
/// which other servers publish to, it is read for every answer (the warehouse's data_version).
/// </summary>
public sealed class CubeCache : IDisposable
{
    private static readonly JsonSerializerOptions KeyJson = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly CubeEngine engine;
    private readonly CubeGate gate;
    private readonly ReportingDatabase database;
    private readonly MemoryCache cache;
    private long hits;
    private long misses;
    private VersionSeen? versionSeen;

    public CubeCache(CubeEngine engine, CubeGate gate, ReportingDatabase database, IOptions<CubeOptions> options)
    {
        this.engine = engine;
        this.gate = gate;
        this.database = database;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.CacheSizeRows });
    }

    public CubeCacheStats Stats => new(Interlocked.Read(ref hits), Interlocked.Read(ref misses), cache.Count);

    public CubeResult Query(CubeQuery query, DateOnly today, CancellationToken cancellationToken) => Answer(query, today, cancellationToken).Result;

    /// <summary>The answer, from the cache or from DuckDB (which may wait its turn at the <see cref="CubeGate"/>).</summary>
    public CubeAnswer Answer(CubeQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var key = Key(query, today);
        if (TryGet(key, query, out var cached))
        {
            return cached;
        }
        Interlocked.Increment(ref misses);
        var started = Stopwatch.GetTimestamp();
        var result = gate.Run(budget => engine.Query(query, today, budget), cancellationToken);
        if (ReportingTelemetry.CubeQueryDuration.Enabled)
        {
            ReportingTelemetry.CubeQueryDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("cube", CubeOf(query)));
        }
        Count(query, "miss");
        var answer = new CubeAnswer(result);
        // Sized by rows (at least 1), so the limit bounds memory, not the number of queries.
        cache.Set(key, answer, new MemoryCacheEntryOptions { Size = Math.Max(1, result.Rows.Count + (result.Compare?.Rows.Count ?? 0)) });
        return answer;
    }

    /// <summary>The answer if it is cached: a caller on a request thread answers a hit without handing the work to another thread.</summary>
    public bool TryGetCached(CubeQuery query, DateOnly today, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CubeAnswer? answer) =>
        TryGet(Key(query, today), query, out answer);

    private bool TryGet(string key, CubeQuery query, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CubeAnswer? answer)
    {
        if (cache.TryGetValue(key, out answer) && answer is not null)
        {
            Interlocked.Increment(ref hits);
            Count(query, "hit");
            return true;
        }
        return false;
    }

    public void Dispose() => cache.Dispose();

    /// <summary>Counted only while something listens (the server's metrics): a cache hit pays nothing for tags otherwise.</summary>
    private static void Count(CubeQuery query, string cache)
    {
        if (ReportingTelemetry.CubeQueries.Enabled)
        {
            ReportingTelemetry.CubeQueries.Add(1, new KeyValuePair<string, object?>("cube", CubeOf(query)), new KeyValuePair<string, object?>("cache", cache));
        }
    }

    /// <summary>The cube a query reads (all its members are of one): the first member's prefix.</summary>
    private static string CubeOf(CubeQuery query) =>
        query.Measures.Concat(query.Dimensions).Append(query.TimeDimension?.Dimension).FirstOrDefault(m => m is not null) is { } member
            ? member[..Math.Max(0, member.IndexOf('.', StringComparison.Ordinal))] : "";

    /// <summary>The caller's scope is part of the key: two callers who read different accounts never share an answer.</summary>
    private string Key(CubeQuery query, DateOnly today) =>
        $"{CurrentVersion()}|{today:yyyy-MM-dd}|{AccessScope.Current.Key}|{JsonSerializer.Serialize(query, KeyJson)}";

    /// <summary>
    /// The count of finished writers is read before the version, so a version remembered with a
    /// count is never older than the data at that count; a writer finishing later changes the count.
    /// </summary>
    private long CurrentVersion()
    {
        var writes = database.WritesFinished;
        if (database.DataVersionIsLocal && Volatile.Read(ref versionSeen) is { } seen && seen.Writes == writes)
        {
            return seen.Version;
        }
        var version = database.ReadDataVersion();
        Volatile.Write(ref versionSeen, new VersionSeen(writes, version));
        return version;
    }

    private sealed record VersionSeen(long Writes, long Version);
}

public sealed record CubeCacheStats(long Hits, long Misses, long Entries);

/// <summary>Section "Reporting:Cube".</summary>
public sealed class CubeOptions
{
    public const string Section = "Reporting:Cube";

    /// <summary>How many result rows the cache keeps at most.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000_000)]
    public long CacheSizeRows { get; set; } = 200_000;

    /// <summary>Uncached queries running at once; more wait their turn (<see cref="CubeGate"/>).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxConcurrentQueries { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How long a query waits for its turn before the answer is 503 (Retry-After).</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan QueueWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one query may run before DuckDB is interrupted and the answer is 503 (Retry-After).</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
