using System.Data.Common;
using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Staging;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// Checks every row in SQL and records each violation in <c>__errors</c> (file, record, source
/// column, value, reason, and the related row for duplicates).
/// </summary>
internal sealed class LoadValidator(DbConnection connection, KindLayout layout, FieldParser parser)
{
    public const string Errors = "__errors";

    public void CreateErrorTable() => connection.Execute($"""
        CREATE OR REPLACE TEMP TABLE {Errors} (
            file INTEGER, record BIGINT, check_order INTEGER, source VARCHAR, value VARCHAR, reason VARCHAR,
            related_file INTEGER, related_record BIGINT)
        """);

    /// <summary>
    /// Required, parse, row-rule and reference checks of every file, as one statement: each check is
    /// a filtered scan of the staging table, which holds text and values side by side.
    /// </summary>
    public void CheckRows(IEnumerable<StagedFile> files)
    {
        var checks = new RowChecks();
        foreach (var check in files.SelectMany(ChecksOf))
        {
            checks.Add(check);
        }
        if (checks.Count > 0)
        {
            connection.Execute($"INSERT INTO {Errors} {checks.Sql}", checks.Parameters);
        }
    }

    /// <summary>
    /// Whether any row breaks any check, or any natural key repeats: the same conditions as
    /// <see cref="CheckRows"/> and <see cref="CheckDuplicateKeys"/>, asked in one pass over values
    /// and flags that needs neither the rows' text nor their lines. Only a load that finds
    /// something needs the full checks, which say what and where.
    /// </summary>
    public bool FindsAnything(IEnumerable<StagedFile> files)
    {
        var conditions = files.SelectMany(ChecksOf).Select(c => $"({c.Quick ?? c.Condition})").Distinct().DefaultIfEmpty("false");
        var key = string.Join(", ", layout.Key.Select(k => SqlIdentifier.Quote(layout.Field(k).Column)));
        return connection.Query($"""
            SELECT EXISTS (SELECT 1 FROM {StagingArea.Typed} t WHERE {string.Join("\n OR ", conditions)})
                OR EXISTS (SELECT 1 FROM {StagingArea.Typed} WHERE {KeyPresent()} GROUP BY {key} HAVING count(*) > 1)
            """).Scalar() is true;
    }

    /// <summary>Rows whose natural key repeats an earlier row of the same load.</summary>
    public void CheckDuplicateKeys(IReadOnlyDictionary<int, StagedFile> files)
    {
        var columns = layout.Key.Select(k => SqlIdentifier.Quote(layout.Field(k).Column)).ToList();
        var key = string.Join(", ", columns);
        var source = string.Join(", ", layout.Key.Select(k => files.Values.First().Sources.TryGetValue(k, out var s) ? s.SourceName : k));
        connection.Execute($"""
            INSERT INTO {Errors}
            SELECT __file, __record, {int.MaxValue}, $1, concat_ws(', ', {key}), $2, first_file, first_record
            FROM (
                SELECT __file, __record, {key},
                       first_value(__file) OVER w AS first_file, first_value(__record) OVER w AS first_record,
                       row_number() OVER w AS occurrence
                FROM {StagingArea.Typed}
                WHERE {KeyPresent()}
                WINDOW w AS (PARTITION BY {key} ORDER BY __file, __record))
            WHERE occurrence > 1
            """, source, $"repeats the key ({string.Join(", ", layout.Key)}) of an earlier row");
    }

    /// <summary>Rows with every part of the natural key (a row missing one is reported as required but empty).</summary>
    private string KeyPresent() =>
        string.Join(" AND ", layout.Key.Select(k => $"{SqlIdentifier.Quote(layout.Field(k).Column)} IS NOT NULL"));

    /// <summary>Every row check of one file: the condition that flags a row, and how its error reads.</summary>
    private IEnumerable<RowCheck> ChecksOf(StagedFile file)
    {
        var inFile = $"__file = {file.File.Index}";
        foreach (var field in layout.Fields.Where(f => file.Sources.ContainsKey(f.Name)))
        {
            var source = file.Sources[field.Name];
            if (field.Required)
            {
                yield return new($"{inFile} AND {FieldParser.EmptyColumn(field)}", source.SourceName, "NULL", "is required but empty");
            }
            yield return new($"{inFile} AND NOT {FieldParser.ValidColumn(field)}",
                source.SourceName, FieldParser.RawColumn(field), FieldParser.InvalidReason(field, source));
            if (field.Type is FieldType.Date or FieldType.Timestamp)
            {
                yield return new($"{inFile} AND {SupportedDates.Outside("t." + SqlIdentifier.Quote(field.Column))}",
                    source.SourceName, FieldParser.RawColumn(field), SupportedDates.Reason);
            }
            foreach (var text in parser.TextChecks(field))
            {
                yield return new($"{inFile} AND {text.Condition}", source.SourceName, FieldParser.RawColumn(field), text.Reason) { Quick = FieldParser.SuspectColumn };
            }
        }
        foreach (var rule in layout.Rules)
        {
            var field = layout.Field(rule.Field);
            var source = file.Sources.TryGetValue(field.Name, out var s) ? s.SourceName : field.Name;
            yield return new($"{inFile} AND ({rule.ViolationSql})", source, FieldParser.RawColumn(field), rule.Reason) { ReasonSql = rule.ReasonSql };
        }
        foreach (var reference in layout.References.Where(r => file.Sources.ContainsKey(r.Field)))
        {
            yield return ReferenceChecks.Missing(file, reference, $"{inFile} AND {MissingReference(reference)}");
            if (reference.IsContact && layout.References.Any(r => r.MatchesAccountNames))
            {
                yield return ReferenceChecks.OtherAccount(file, inFile);
            }
        }
    }

    /// <summary>
    /// The field names a row its target does not have. An uncorrelated IN is a plain hash join on
    /// the target's keys; NOT EXISTS correlated with each row cost DuckDB several times more. The
    /// subquery leaves out NULL keys, with which NOT IN would answer NULL instead of true.
    /// </summary>
    private string MissingReference(ReferenceRule reference)
    {
        // Qualified: inside the subquery a bare name would mean the target's own column.
        var column = "t." + SqlIdentifier.Quote(layout.Field(reference.Field).Column);
        var key = "x." + SqlIdentifier.Quote(reference.TargetKey);
        return $"{column} IS NOT NULL AND NOT ({column} IN (SELECT {key} FROM {SqlIdentifier.Quote(reference.TargetTable)} x WHERE {key} IS NOT NULL))";
    }
}
