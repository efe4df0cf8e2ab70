using System.Data.Common;
using System.Globalization;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Seed;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Tests;

/// <summary>An in-memory database seeded for one test (or one fixture), with query helpers.</summary>
public sealed class SeededDatabase : IDisposable
{
    /// <summary>A fixed AsOf: the window is September 2024 to February 2026 for 18 months.</summary>
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    public static SeedOptions Small(int seed = 42) => new() { Accounts = 20, Months = 12, Seed = seed, AsOf = AsOf };

    public static SeedOptions Default() => new() { AsOf = AsOf };

    private SeededDatabase(ReportingDatabase database, SeedOptions options, SeedSummary summary)
    {
        Database = database;
        Options = options;
        Summary = summary;
        Connection = database.Connect();
    }

    public ReportingDatabase Database { get; }

    public SeedOptions Options { get; }

    public SeedSummary Summary { get; }

    public DbConnection Connection { get; }

    public DateTime WindowStart => AsOf.ToDateTime(TimeOnly.MinValue).AddMonths(-Options.Months);

    public static SeededDatabase Seed(SeedOptions options)
    {
        var database = ReportingDatabase.OpenInMemory();
        var summary = DemoDataSeeder.Seed(database, options);
        var seeded = new SeededDatabase(database, options, summary);
        seeded.LoadArchetypes();
        return seeded;
    }

    public double Number(string sql, params object?[] parameters) =>
        Convert.ToDouble(Connection.Query(sql, parameters).Scalar() ?? double.NaN, CultureInfo.InvariantCulture);

    public long Count(string sql, params object?[] parameters) =>
        Convert.ToInt64(Connection.Query(sql, parameters).Scalar(), CultureInfo.InvariantCulture);

    /// <summary>An order-independent fingerprint of a table: md5 over its rows as text, sorted.</summary>
    public static string TableHash(DbConnection connection, string table) =>
        (string)connection.Query($"SELECT md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) FROM {table} t").Scalar()!;

    public static IReadOnlyDictionary<string, string> TableHashes(DbConnection connection) =>
        StarSchema.Tables.ToDictionary(t => t.Name, t => TableHash(connection, t.Name));

    public void Dispose()
    {
        Connection.Dispose();
        Database.Dispose();
    }

    // The archetype is not in the schema; a helper table lets story tests group by it in SQL.
    private void LoadArchetypes()
    {
        Connection.Execute("CREATE TABLE test_archetype (account_id VARCHAR PRIMARY KEY, archetype VARCHAR NOT NULL)");
        var ids = Connection.Query("SELECT account_id FROM dim_account ORDER BY account_id").Column<string>("account_id").Values.ToArray();
        using var appender = Connection.CreateCheckedAppender("test_archetype");
        foreach (var id in ids)
        {
            appender.Append(id).Append(AccountArchetypes.For(id, Options.Seed).ToString());
            appender.EndRow();
        }
        appender.Close();
    }
}
