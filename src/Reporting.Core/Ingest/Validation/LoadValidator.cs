using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Staging;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// Checks every row in SQL and records each violation in <c>__errors</c> (file, record, source
/// column, value, reason, and the related row for duplicates).
/// </summary>
internal sealed class LoadValidator(DuckDbConnection connection, KindLayout layout)
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
        foreach (var file in files)
        {
            AddChecks(checks, file);
        }
        if (checks.Count > 0)
        {
            connection.Execute($"INSERT INTO {Errors} {checks.Sql}", checks.Parameters);
        }
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
                WHERE {string.Join(" AND ", columns.Select(c => $"{c} IS NOT NULL"))}
                WINDOW w AS (PARTITION BY {key} ORDER BY __file, __record))
            WHERE occurrence > 1
            """, source, $"repeats the key ({string.Join(", ", layout.Key)}) of an earlier row");
    }

    private void AddChecks(RowChecks checks, StagedFile file)
    {
        var inFile = $"__file = {file.File.Index}";
        foreach (var field in layout.Fields.Where(f => file.Sources.ContainsKey(f.Name)))
        {
            var source = file.Sources[field.Name];
            var text = $"NULLIF(trim({FieldParser.RawColumn(field)}), '')";
            if (field.Required)
            {
                checks.Add($"{inFile} AND {text} IS NULL", source.SourceName, "NULL", "is required but empty");
            }
            checks.Add($"{inFile} AND NOT {FieldParser.ValidColumn(field)}",
                source.SourceName, FieldParser.RawColumn(field), FieldParser.InvalidReason(field, source));
        }
        foreach (var rule in layout.Rules)
        {
            var field = layout.Field(rule.Field);
            var source = file.Sources.TryGetValue(field.Name, out var s) ? s.SourceName : field.Name;
            checks.Add($"{inFile} AND ({rule.ViolationSql})", source, FieldParser.RawColumn(field), rule.Reason);
        }
        for (var i = 0; i < layout.References.Count; i++)
        {
            var reference = layout.References[i];
            if (file.Sources.TryGetValue(reference.Field, out var source))
            {
                var what = reference.MatchesAccountNames ? "no account has this id or name" : $"no {reference.TargetTable} row has this {reference.TargetKey}";
                checks.Add($"{inFile} AND {MissingReference(reference)}", source.SourceName, FieldParser.RawColumn(layout.Field(reference.Field)), what);
            }
        }
    }

    /// <summary>The field names a row its target does not have.</summary>
    private string MissingReference(ReferenceRule reference)
    {
        // Qualified: inside the subquery a bare name would mean the target's own column.
        var column = "t." + SqlIdentifier.Quote(layout.Field(reference.Field).Column);
        return $"{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {SqlIdentifier.Quote(reference.TargetTable)} x WHERE x.{SqlIdentifier.Quote(reference.TargetKey)} = {column})";
    }

    /// <summary>The checks as one UNION ALL of filtered scans; names and reasons travel as bound parameters.</summary>
    private sealed class RowChecks
    {
        private readonly List<string> items = [];
        private readonly List<object?> parameters = [];

        public int Count => items.Count;

        public string Sql => string.Join("\nUNION ALL ", items);

        public object?[] Parameters => [.. parameters];

        public void Add(string condition, string source, string valueSql, string reason)
        {
            parameters.Add(source);
            parameters.Add(reason);
            var (sourceParameter, reasonParameter) = (parameters.Count - 1, parameters.Count);
            items.Add($"SELECT __file, __record, {items.Count}, ${sourceParameter}::VARCHAR, {valueSql}::VARCHAR, ${reasonParameter}::VARCHAR, NULL, NULL FROM {StagingArea.Typed} t WHERE {condition}");
        }
    }
}
