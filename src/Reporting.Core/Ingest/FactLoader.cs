using System.Data.Common;
using System.Diagnostics;
using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Profiles;
using Reporting.Core.Ingest.Reading;
using Reporting.Core.Ingest.Staging;
using Reporting.Core.Ingest.Validation;
using Reporting.Core.Sql;
using Reporting.Core.Storage;
using Reporting.Core.Telemetry;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest;

/// <summary>
/// Loads export files of one kind: DuckDB's readers read them, SQL parses and checks every row in
/// one pass, and the rows merge by natural key in one transaction; when the pass finds something,
/// the files are staged as text in temporary tables and checked again to name each error. Either
/// the whole load commits (and the data version moves) or the database is exactly as it was.
/// </summary>
public static class FactLoader
{
    public static LoadReport Load(ReportingDatabase database, IReadOnlyList<string> paths, LoadOptions options,
        IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var span = ReportingTelemetry.Traces.StartActivity("load");
        span?.SetTag("reporting.load.kind", options.Kind.Name());
        var report = Run(database, paths, options, progress, cancellationToken);
        LoadMetrics.Record(report);
        return report;
    }

    private static LoadReport Run(ReportingDatabase database, IReadOnlyList<string> paths, LoadOptions options,
        IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(paths.Count);
        var clock = Stopwatch.StartNew();
        var layout = KindLayouts.For(options.Kind);
        var profile = ImportProfile.For(options.Format);
        var report = new LoadReport { Kind = options.Kind, Files = paths };
        if (!profile.Kinds.Contains(options.Kind))
        {
            return Failed(report, clock, LoadFailure.ForOption("--format", options.Format.Name(),
                $"the {options.Format.Name()} format loads {string.Join(", ", profile.Kinds.Select(k => k.Name()))}, not {options.Kind.Name()}"));
        }
        if (options.SkipInvalid && layout.IsWholeTable)
        {
            return Failed(report, clock, LoadFailure.ForOption("--skip-invalid", "true",
                $"a {options.Kind.Name()} file is the whole {options.Kind.Name()}: it loads whole or not at all"));
        }
        using var writer = database.AcquireWriter(cancellationToken);
        // A connection of its own: the staging tables are temporary tables of this connection.
        using var connection = database.Connect();
        using var scratch = new ScratchFolder();
        try
        {
            UseTimeZone(connection, options.TimeZone);
            if (progress is not null)
            {
                // Estimating progress costs a little on every statement: only when someone watches.
                StatementProgress.Enable(connection);
            }
            var run = new LoadRun(database, connection, layout, profile, options, scratch, progress, cancellationToken);
            return run.Execute(paths, report) with { Seconds = clock.Elapsed.TotalSeconds };
        }
        catch (LoadFailure failure)
        {
            return Failed(report, clock, failure);
        }
    }

    private static LoadReport Failed(LoadReport report, Stopwatch clock, LoadFailure failure) => report with
    {
        Errors = failure.Errors,
        ErrorCount = failure.Total,
        Seconds = clock.Elapsed.TotalSeconds,
    };

    /// <summary>Timestamps without an offset are read in this zone; the name is checked against DuckDB's list first.</summary>
    private static void UseTimeZone(DbConnection connection, string zone)
    {
        // SET takes no parameter: what goes into the SQL is DuckDB's own name for the zone, never the text given.
        var known = connection.Query("SELECT min(name) FROM pg_timezone_names() WHERE name = $1", zone).Scalar() as string
            ?? throw LoadFailure.ForOption("--timezone", zone, "is not a known IANA time zone (e.g. Europe/Berlin, America/New_York)");
        connection.Execute($"SET TimeZone = {SqlIdentifier.Literal(known)}");
    }
}
