using System.Data.Common;
using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Profiles;
using Reporting.Core.Ingest.Reading;
using Reporting.Core.Ingest.Staging;
using Reporting.Core.Ingest.Validation;
using Reporting.Core.Sql;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest;

/// <summary>The steps of one load: read and check in one pass (else stage and say what is wrong), then merge in one transaction or stop.</summary>
internal sealed class LoadRun(
    ReportingDatabase database,
    DbConnection connection,
    KindLayout layout,
    ImportProfile profile,
    LoadOptions options,
    ScratchFolder scratch,
    IProgress<LoadProgress>? progress,
    CancellationToken cancellationToken)
{
    private readonly StagingArea staging = new(connection, layout, options);
    private readonly StatementProgress statements = new(connection, progress);

    /// <summary>Set when the quick pass found something and the staged pass looks for it.</summary>
    private bool locating;

    private StepClock Clock => statements.Clock;

    public LoadReport Execute(IReadOnlyList<string> paths, LoadReport report) =>
        Steps(paths, report) with { Steps = Clock.Steps };

    private LoadReport Steps(IReadOnlyList<string> paths, LoadReport report)
    {
        var files = Open(paths);
        report = report with
        {
            IgnoredColumns = files.Values.SelectMany(IgnoredOf).ToList(),
            Notes = files.Values.Where(f => f.File.Note is not null).Select(f => $"{f.File.Name}: {f.File.Note}").ToList(),
        };
        var parser = ParserFor(files);
        // A --skip-invalid load always needs the staged text: for its rejects file, or to remove an old one.
        if (!options.SkipInvalid && ReadClean(files, parser) is { } rows)
        {
            return Commit(report with { RowsRead = rows });
        }
        Stage(files);
        var rowsRead = files.Values.Sum(f => f.Rows);
        report = report with { RowsRead = rowsRead };
        var errors = Validate(files, parser);
        var errorCount = Clock.Time("count errors", errors.Count);
        if (errorCount > 0)
        {
            report = report with { ErrorCount = errorCount, Errors = errors.First(options.MaxReportedErrors), Rejected = errors.RejectedRows() };
            if (!options.SkipInvalid)
            {
                return report;
            }
            Clock.Time("drop rejected rows", () => connection.Execute($"DELETE FROM {StagingArea.Typed} WHERE (__file, __record) IN (SELECT file, record FROM {LoadValidator.Errors})"));
        }
        if (report.Rejected < rowsRead)
        {
            report = Commit(report);
        }
        // Written once the outcome is known; a load with every row rejected commits nothing at all.
        return options.SkipInvalid
            ? report with { RejectFiles = files.Values.Select(f => RejectsWriter.Write(connection, f)).OfType<string>().ToList() }
            : report;
    }

    /// <summary>
    /// Only the merge is transactional: staging and checks work on this connection's temporary
    /// tables, which DuckDB fills several times faster outside a transaction. The writer lock keeps
    /// the referenced rows as they were checked.
    /// </summary>
    private LoadReport Commit(LoadReport report)
    {
        using var transaction = connection.BeginTransaction();
        var (inserted, replaced) = MergeOrFail();
        var removed = layout.IsWholeTable ? Clock.Time("remove rows the load lacks", RemoveAbsent) : 0;
        var version = Clock.Time("bump data version", () => DataVersion.Bump(connection));
        if (database.Warehouse is not null)
        {
            Clock.Time("publish to ClickHouse", Publish);
        }
        Clock.Time("commit", transaction.Commit);
        var outside = CsmsOutsideTheTeam.Concerns(layout.Kind) ? CsmsOutsideTheTeam.Note(connection) : null;
        return report with
        {
            Committed = true, Inserted = inserted, Replaced = replaced, Removed = removed, DataVersion = version,
            Notes = outside is null ? report.Notes : [.. report.Notes, outside],
        };
    }

    /// <summary>On ClickHouse the loaded table goes to the warehouse before the commit: a refused publish loads nothing.</summary>
    private void Publish()
    {
        try
        {
            WarehouseWrites.PublishBeforeCommit(database, connection, [layout.Table], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new LoadFailure([new LoadError("", 0, "", null, "ClickHouse refused the rows and nothing was loaded") { Detail = e.Message }]);
        }
    }

    /// <summary>Reads every file's header and maps its columns; a file that cannot load at all stops the load here, before any file is read.</summary>
    private Dictionary<int, StagedFile> Open(IReadOnlyList<string> paths)
    {
        var files = new Dictionary<int, StagedFile>();
        for (var i = 0; i < paths.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = options.FileNames?[i] ?? paths[i];
            var onDisk = FileOnDisk.Check(paths[i], name, options.Encoding, scratch);
            var source = Clock.Time($"header {Path.GetFileName(name)}", () => SourceFile.Open(connection, onDisk, i, options.MaxReportedErrors));
            var header = new SourceHeader(source.Header);
            var sources = profile.Map(layout, header, options);
            RequireColumns(source, sources);
            files[i] = new StagedFile(source, sources, header.Unused().ToList());
        }
        return files;
    }

    /// <summary>Every file's text sits under the same field columns, so the fields any file supplies parse once for all.</summary>
    private FieldParser ParserFor(Dictionary<int, StagedFile> files)
    {
        var supplied = files.Values.SelectMany(f => f.Sources).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        return new FieldParser(layout, supplied, options.TimeZone);
    }

    /// <summary>
    /// The quick way through: parse each file straight from its reader, without staging its text,
    /// then ask in one pass whether any check finds anything. Answers the rows read when nothing is
    /// wrong; null when something is, when a file cannot be read or has no rows: the staged way
    /// then reads the files again and says exactly what and where (and its progress goes to one
    /// "find errors" stage, so that no bar runs twice).
    /// </summary>
    private long? ReadClean(Dictionary<int, StagedFile> files, FieldParser parser)
    {
        var supplied = files.Values.SelectMany(f => f.Sources.Keys).ToHashSet();
        var rows = 0L;
        try
        {
            foreach (var file in files.Values.OrderBy(f => f.File.Index))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Path.GetFileName(file.File.Name);
                var read = statements.Run($"read and parse {name}", $"read {name}", 0, 100, () => staging.ParseStraight(file, supplied, parser));
                if (read == 0)
                {
                    return Locating();
                }
                rows += read;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var validator = new LoadValidator(connection, layout, parser);
            return statements.Run("check every rule in one pass", "validate", 0, 100, () => validator.FindsAnything(files.Values)) ? Locating() : rows;
        }
        catch (DbException)
        {
            return Locating();
        }
    }

    private long? Locating()
    {
        locating = true;
        return null;
    }

    /// <summary>Copies each file's rows into its text table (see <see cref="SourceFile.Stage"/>).</summary>
    private void Stage(Dictionary<int, StagedFile> files)
    {
        foreach (var file in files.Values.OrderBy(f => f.File.Index))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file.File.Name);
            var (stage, from, to) = locating
                ? (FindErrors, 40 * file.File.Index / files.Count, 40 * (file.File.Index + 1) / files.Count)
                : ($"read {name}", 0, 100);
            file.Rows = statements.Run($"read {name}", stage, from, to, () => file.File.Stage(connection));
            if (file.Rows == 0)
            {
                throw LoadFailure.ForFile(file.File.Name, "the file has a header but no rows");
            }
        }
    }

    private ErrorReader Validate(Dictionary<int, StagedFile> files, FieldParser parser)
    {
        statements.Run("parse into typed staging", ValidateStage, Validating(0), Validating(60), () => staging.CreateTyped(files.Values, parser));
        cancellationToken.ThrowIfCancellationRequested();
        var validator = new LoadValidator(connection, layout, parser);
        Clock.Time("create error table", validator.CreateErrorTable);
        statements.Run("row checks", ValidateStage, Validating(60), Validating(90), () => validator.CheckRows(files.Values));
        cancellationToken.ThrowIfCancellationRequested();
        statements.Run("duplicate keys", ValidateStage, Validating(90), Validating(100), () => validator.CheckDuplicateKeys(files));
        return new ErrorReader(connection, files);
    }

    private const string FindErrors = "find errors";

    private string ValidateStage => locating ? FindErrors : "validate";

    /// <summary>Where validation's <paramref name="percent"/> falls on its stage: after the reads in "find errors".</summary>
    private int Validating(int percent) => locating ? 40 + percent * 60 / 100 : percent;

    /// <summary>
    /// Rows whose key exists replace theirs; the others are plain inserts, which DuckDB does much
    /// faster than INSERT OR REPLACE. When no key existed, every row is new and the insert needs no
    /// second look at the table.
    /// </summary>
    private (long Inserted, long Replaced) Merge()
    {
        var table = SqlIdentifier.Quote(layout.Table);
        var exists = $"EXISTS (SELECT 1 FROM {table} x WHERE {SameKey("x", "t")})";
        var columns = string.Join(", ", layout.Fields.Select(f => SqlIdentifier.Quote(f.Column)));
        var replaced = statements.Run("merge: replace existing keys", "merge", 0, 20, () =>
            connection.Execute($"INSERT OR REPLACE INTO {table} ({columns}) SELECT {columns} FROM {StagingArea.Typed} t WHERE {exists}", cancellationToken));
        var onlyNew = replaced == 0 ? "" : $"WHERE NOT {exists}";
        var inserted = statements.Run("merge: insert new keys", "merge", 20, 100, () =>
            connection.Execute($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {StagingArea.Typed} t {onlyNew}", cancellationToken));
        return (inserted, replaced);
    }

    /// <summary>
    /// For a load that is the whole table: removes the rows whose key the load lacks, then the rows
    /// of the tables keyed alike whose key the table no longer has. Answers the rows removed.
    /// </summary>
    private long RemoveAbsent()
    {
        var table = SqlIdentifier.Quote(layout.Table);
        var removed = connection.Execute($"DELETE FROM {table} WHERE NOT EXISTS (SELECT 1 FROM {StagingArea.Typed} x WHERE {SameKey("x", table)})", cancellationToken);
        foreach (var alike in layout.KeyedAlike.Select(SqlIdentifier.Quote))
        {
            connection.Execute($"DELETE FROM {alike} WHERE NOT EXISTS (SELECT 1 FROM {table} x WHERE {SameKey("x", alike)})", cancellationToken);
        }
        return removed;
    }

    private string SameKey(string left, string right) => string.Join(" AND ", layout.Key.Select(k => $"{left}.{Q(k)} = {right}.{Q(k)}"));

    /// <summary>A value the checks let through but the table refuses still ends as a report, not a crash.</summary>
    private (long Inserted, long Replaced) MergeOrFail()
    {
        try
        {
            return Merge();
        }
        catch (DbException e)
        {
            throw new LoadFailure([new LoadError("", 0, "", null, "the database refused the rows and nothing was loaded") { Detail = e.Message }]);
        }
    }

    private string Q(string field) => SqlIdentifier.Quote(layout.Field(field).Column);

    /// <summary>A file without a column that a required field needs cannot load at all.</summary>
    private void RequireColumns(SourceFile source, IReadOnlyDictionary<string, FieldSource> sources)
    {
        var missing = layout.Fields.Where(f => f.Required && !sources.ContainsKey(f.Name))
            .Select(f => new LoadError(source.Name, 1, profile.ColumnOf(f.Name, options), null, MissingReason(f.Name)))
            .ToList();
        if (missing.Count > 0)
        {
            throw source.FieldCountFailure() ?? new LoadFailure(missing);
        }
    }

    private string MissingReason(string field) => profile.ColumnOf(field, options) == field
        ? $"required column is missing (the {layout.Kind.Name()} layout needs it)"
        : $"required column is missing (the {options.Format.Name()} {layout.Kind.Name()} export needs it for {field})";

    /// <summary>How many ignored columns a file lists by name; a file of 100,000 columns gets a count for the rest.</summary>
    private const int IgnoredListed = 10;

    private static IEnumerable<string> IgnoredOf(StagedFile file)
    {
        var name = Path.GetFileName(file.File.Name);
        var listed = file.Ignored.Take(IgnoredListed).Select(c => $"{name}: {c}");
        var rest = file.Ignored.Count - IgnoredListed;
        return rest > 0 ? listed.Append($"{name}: and {rest.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more") : listed;
    }
}
