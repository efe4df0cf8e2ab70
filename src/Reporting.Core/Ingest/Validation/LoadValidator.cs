using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Staging;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// Runs every check of a layout over the staging tables in SQL and records each violation in
/// <c>__errors</c> (file, record, source column, value, reason, and the related row for duplicates).
/// </summary>
internal sealed class LoadValidator(DuckDbConnection connection, KindLayout layout, FieldParser parser)
{
    public const string Errors = "__errors";

    private const string Joined = $"{StagingArea.Typed} t JOIN {StagingArea.Raw} r USING (__file, __record)";

    public void CreateErrorTable() => connection.Execute($"""
        CREATE OR REPLACE TEMP TABLE {Errors} (
            file INTEGER, record BIGINT, source VARCHAR, value VARCHAR, reason VARCHAR,
            related_file INTEGER, related_record BIGINT)
        """);

    /// <summary>The number of checks <see cref="Check"/> runs for one file, for progress.</summary>
    public int CheckCount => layout.Fields.Count * 2 + layout.Rules.Count + layout.References.Count;

    /// <summary>Checks the rows of one file; <paramref name="afterEach"/> reports progress.</summary>
    public void Check(StagedFile file, Action afterEach)
    {
        foreach (var field in layout.Fields)
        {
            CheckRequired(file, field);
            afterEach();
            CheckParses(file, field);
            afterEach();
        }
        foreach (var rule in layout.Rules)
        {
            CheckRule(file, rule);
            afterEach();
        }
        foreach (var reference in layout.References)
        {
            CheckReference(file, reference);
            afterEach();
        }
    }

    /// <summary>Rows whose natural key repeats an earlier row of the same load.</summary>
    public void CheckDuplicateKeys(IReadOnlyDictionary<int, StagedFile> files)
    {
        var key = string.Join(", ", layout.Key.Select(k => SqlIdentifier.Quote(layout.Field(k).Column)));
        var source = string.Join(", ", layout.Key.Select(k => files.Values.First().Sources.TryGetValue(k, out var s) ? s.SourceName : k));
        connection.Execute($"""
            INSERT INTO {Errors}
            SELECT __file, __record, $1, concat_ws(', ', {key}), $2, first_file, first_record
            FROM (
                SELECT __file, __record, {key},
                       first_value(__file) OVER w AS first_file, first_value(__record) OVER w AS first_record,
                       row_number() OVER w AS occurrence
                FROM {StagingArea.Typed}
                WHERE {string.Join(" AND ", layout.Key.Select(k => $"{SqlIdentifier.Quote(layout.Field(k).Column)} IS NOT NULL"))}
                WINDOW w AS (PARTITION BY {key} ORDER BY __file, __record))
            WHERE occurrence > 1
            """, source, $"repeats the key ({string.Join(", ", layout.Key)}) of an earlier row");
    }

    private void CheckRequired(StagedFile file, FieldSpec field)
    {
        if (!field.Required || !file.Sources.TryGetValue(field.Name, out var source))
        {
            return;
        }
        var raw = FieldParser.RawColumn(field);
        Record(file, source.SourceName, "NULL", "is required but empty",
            $"FROM {StagingArea.Raw} r WHERE NULLIF(trim({raw}), '') IS NULL");
    }

    private void CheckParses(StagedFile file, FieldSpec field)
    {
        if (!file.Sources.TryGetValue(field.Name, out var source))
        {
            return;
        }
        var raw = FieldParser.RawColumn(field);
        Record(file, source.SourceName, raw, FieldParser.InvalidReason(field, source),
            $"FROM {StagingArea.Raw} r WHERE NULLIF(trim({raw}), '') IS NOT NULL AND {parser.ValidityCheck(field)} IS NULL");
    }

    private void CheckRule(StagedFile file, RowRule rule)
    {
        var field = layout.Field(rule.Field);
        var source = file.Sources.TryGetValue(field.Name, out var s) ? s.SourceName : field.Name;
        Record(file, source, $"r.{FieldParser.RawColumn(field)}", rule.Reason, $"FROM {Joined} WHERE {rule.ViolationSql}");
    }

    private void CheckReference(StagedFile file, ReferenceRule reference)
    {
        if (!file.Sources.TryGetValue(reference.Field, out var source))
        {
            return;
        }
        var field = layout.Field(reference.Field);
        var column = $"t.{SqlIdentifier.Quote(field.Column)}";
        var what = reference.MatchesAccountNames ? "no account has this id or name" : $"no {reference.TargetTable} row has this {reference.TargetKey}";
        Record(file, source.SourceName, $"r.{FieldParser.RawColumn(field)}", what, $"""
            FROM {Joined} WHERE {column} IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM {SqlIdentifier.Quote(reference.TargetTable)} x WHERE x.{SqlIdentifier.Quote(reference.TargetKey)} = {column})
            """);
    }

    /// <summary>Inserts one error per row that <paramref name="fromWhere"/> selects in this file.</summary>
    private void Record(StagedFile file, string source, string valueSql, string reason, string fromWhere) => connection.Execute(
        $"INSERT INTO {Errors} SELECT __file, __record, $1, {valueSql}, $2, NULL, NULL {fromWhere} AND __file = $3",
        source, reason, file.File.Index);
}
