using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Staging;

/// <summary>
/// The load's working table, a temporary table of its connection: <c>__typed</c> holds, per row of every file,
/// its file and record number, each field's text (r_*), its parsed value and whether the text
/// parsed (__valid_*), built in one pass so that each text is parsed once.
/// </summary>
internal sealed class StagingArea(DuckDbConnection connection, KindLayout layout, LoadOptions options)
{
    public const string Typed = "__typed";

    private const string ById = "__account_by_id";
    private const string ByName = "__account_by_name";

    /// <summary>Parses every field of every file's rows, resolving account names to ids on the way.</summary>
    public void CreateTyped(IEnumerable<StagedFile> files, FieldParser parser)
    {
        var rows = string.Join(" UNION ALL ", files.Select(RawRows));
        var supplied = files.SelectMany(f => f.Sources.Keys).ToHashSet();
        var columns = layout.Fields.Select(f => $"CAST({Value(f, parser)} AS {ColumnType(f)}) AS {SqlIdentifier.Quote(f.Column)}")
            .Concat(layout.Fields.Where(f => supplied.Contains(f.Name)).Select(f => $"{parser.Validity(f)} AS {FieldParser.ValidColumn(f)}"));
        connection.Execute($"""
            CREATE OR REPLACE TEMP TABLE {Typed} AS
            SELECT s.*, {string.Join(", ", columns)}
            FROM ({rows}) s {AccountJoins(parser)}
            """);
    }

    /// <summary>One file's rows: each field from its source, or NULL where the file lacks it.</summary>
    private string RawRows(StagedFile file)
    {
        var values = layout.Fields.Select(f => (file.Sources.TryGetValue(f.Name, out var s) ? s.RawSql : "NULL") + " AS " + FieldParser.RawColumn(f));
        return $"SELECT {file.File.Index} AS __file, {file.File.RecordSql} AS __record, {string.Join(", ", values)} FROM {file.File.Table}";
    }

    private string Value(FieldSpec field, FieldParser parser)
    {
        var value = parser.Typed(field);
        if (field.Name == "account_id" && ResolvesAccountNames)
        {
            return $"coalesce({ById}.account_id, {ByName}.account_id, {value})";
        }
        if (field.Name == "score" && layout.Kind == FactKind.Surveys && options.CesScale == CesScale.Agreement)
        {
            // Agreement with "made it easy" runs the other way from effort.
            return $"CASE WHEN {parser.Typed(layout.Field("survey_type"))} = 'ces' THEN 8 - {value} ELSE {value} END";
        }
        return value;
    }

    private bool ResolvesAccountNames => layout.References.Any(r => r.MatchesAccountNames);

    /// <summary>An account is named by its id or, where no id matches, by its exact and unambiguous name.</summary>
    private string AccountJoins(FieldParser parser)
    {
        if (!ResolvesAccountNames)
        {
            return "";
        }
        var given = parser.Typed(layout.Field("account_id"));
        return $"""
            LEFT JOIN dim_account {ById} ON {ById}.account_id = {given}
            LEFT JOIN (SELECT name, min(account_id) AS account_id FROM dim_account GROUP BY name HAVING count(*) = 1) {ByName}
                ON {ByName}.name = {given}
            """;
    }

    private static string ColumnType(FieldSpec field) => field.Type switch
    {
        FieldType.Text => "VARCHAR",
        FieldType.Integer => "BIGINT",
        FieldType.Decimal => "DECIMAL(38, 10)",
        FieldType.Date => "DATE",
        FieldType.Timestamp => "TIMESTAMP",
        FieldType.Boolean => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };
}
