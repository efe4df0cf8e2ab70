using System.Data.Common;
using System.Globalization;
using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Staging;

/// <summary>
/// The load's working table, a temporary table of its connection: <c>__typed</c> holds, per row of every file,
/// its file, each field's parsed value, whether its text parsed (__valid_*) and, for required fields,
/// whether it was empty (__empty_*), built in one pass so that each text is parsed once. Built from
/// the staged text tables it also keeps each row's record number and text (r_*), which error reports need.
/// </summary>
internal sealed class StagingArea(DbConnection connection, KindLayout layout, LoadOptions options)
{
    public const string Typed = "__typed";

    private const string ById = "__account_by_id";
    private const string ByName = "__account_by_name";

    /// <summary>Parses every field of every staged file's rows, keeping their text and record numbers.</summary>
    public void CreateTyped(IEnumerable<StagedFile> files, FieldParser parser)
    {
        var rows = string.Join(" UNION ALL ", files.Select(f => RawRows(f, $"{f.File.RecordSql} AS __record", f.File.Table)));
        var supplied = files.SelectMany(f => f.Sources.Keys).ToHashSet();
        connection.Execute($"""
            CREATE OR REPLACE TEMP TABLE {Typed} AS
            SELECT s.*, {TypedColumns(supplied, parser)}
            FROM ({rows}) s {AccountJoins(parser)}
            """);
    }

    /// <summary>
    /// Parses one file's rows straight from its reader, without staging its text: values and flags
    /// only, enough to tell whether the load is clean. The first file creates the table; returns the rows read.
    /// </summary>
    public long ParseStraight(StagedFile file, IReadOnlySet<string> supplied, FieldParser parser)
    {
        var (reader, parameters) = file.File.Reader(1);
        var select = $"""
            SELECT s.__file, {TypedColumns(supplied, parser)}
            FROM ({RawRows(file, "NULL AS __record", $"({reader})")}) s {AccountJoins(parser)}
            """;
        if (file.File.Index == 0)
        {
            connection.Execute($"CREATE OR REPLACE TEMP TABLE {Typed} AS {select}", [.. parameters]);
            return Convert.ToInt64(connection.Query($"SELECT count(*) FROM {Typed}").Scalar(), CultureInfo.InvariantCulture);
        }
        return connection.Execute($"INSERT INTO {Typed} {select}", [.. parameters]);
    }

    /// <summary>Each field's value, whether its text parsed (for the fields some file supplies), and whether a required one is empty.</summary>
    private string TypedColumns(IReadOnlySet<string> supplied, FieldParser parser) => string.Join(", ", layout.Fields
        .Select(f => $"CAST({Value(f, parser)} AS {ColumnType(f)}) AS {SqlIdentifier.Quote(f.Column)}")
        .Concat(layout.Fields.Where(f => supplied.Contains(f.Name)).Select(f => $"{parser.Validity(f)} AS {FieldParser.ValidColumn(f)}"))
        .Concat(layout.Fields.Where(f => f.Required).Select(f => $"{FieldParser.Emptiness(f)} AS {FieldParser.EmptyColumn(f)}"))
        .Append($"{parser.Suspect(layout.Fields.Where(f => supplied.Contains(f.Name)))} AS {FieldParser.SuspectColumn}"));

    /// <summary>One file's rows: each field from its source, or NULL where the file lacks it.</summary>
    private string RawRows(StagedFile file, string record, string from)
    {
        var values = layout.Fields.Select(f => (file.Sources.TryGetValue(f.Name, out var s) ? s.RawSql : "NULL") + " AS " + FieldParser.RawColumn(f));
        return $"SELECT {file.File.Index} AS __file, {record}, {string.Join(", ", values)} FROM {from}";
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
        FieldType.Text or FieldType.Email => "VARCHAR",
        FieldType.Integer => "BIGINT",
        FieldType.Decimal => "DECIMAL(38, 10)",
        FieldType.Date => "DATE",
        FieldType.Timestamp => "TIMESTAMP",
        FieldType.Boolean => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };
}
