using System.Globalization;
using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Staging;

/// <summary>
/// The temporary tables of one load, inside its transaction: <c>__raw</c> holds every row's text per
/// canonical field (with file and record number), <c>__typed</c> the parsed values ready to merge.
/// </summary>
internal sealed class StagingArea(DuckDbConnection connection, KindLayout layout, LoadOptions options)
{
    public const string Raw = "__raw";
    public const string Typed = "__typed";

    public void CreateRaw()
    {
        var columns = string.Join(", ", layout.Fields.Select(f => $"{FieldParser.RawColumn(f)} VARCHAR"));
        connection.Execute($"CREATE OR REPLACE TEMP TABLE {Raw} (__file INTEGER, __record BIGINT, {columns})");
    }

    /// <summary>Copies one staged file's rows into <c>__raw</c>, each field from its source or NULL.</summary>
    public void AddFile(StagedFile file)
    {
        var values = layout.Fields.Select(f => file.Sources.TryGetValue(f.Name, out var s) ? s.RawSql : "NULL");
        connection.Execute(
            $"INSERT INTO {Raw} SELECT $1, {file.File.RecordSql}, {string.Join(", ", values)} FROM {file.File.Table}",
            file.File.Index);
    }

    /// <summary>Parses every field, then fills defaults, converts CES agreement scores and resolves account names.</summary>
    public void CreateTyped(FieldParser parser)
    {
        var columns = layout.Fields.Select(f => $"CAST({parser.Typed(f)} AS {ColumnType(f)}) AS {SqlIdentifier.Quote(f.Column)}");
        connection.Execute($"CREATE OR REPLACE TEMP TABLE {Typed} AS SELECT __file, __record, {string.Join(", ", columns)} FROM {Raw}");
        foreach (var field in layout.Fields.Where(f => f.DefaultSql is not null))
        {
            var column = SqlIdentifier.Quote(field.Column);
            connection.Execute($"UPDATE {Typed} SET {column} = {field.DefaultSql} WHERE {column} IS NULL");
        }
        if (layout.Kind == FactKind.Surveys && options.CesScale == CesScale.Agreement)
        {
            connection.Execute($"UPDATE {Typed} SET score = 8 - score WHERE survey_type = 'ces'");
        }
        if (layout.References.Any(r => r.MatchesAccountNames))
        {
            ResolveAccountNames();
        }
    }

    public long Count(string table) =>
        Convert.ToInt64(connection.Query($"SELECT count(*) FROM {table}").Scalar(), CultureInfo.InvariantCulture);

    /// <summary>An account given by its exact name becomes its id, where the name is not ambiguous.</summary>
    private void ResolveAccountNames() => connection.Execute($"""
        UPDATE {Typed} SET account_id = named.account_id
        FROM (SELECT name, min(account_id) AS account_id FROM dim_account GROUP BY name HAVING count(*) = 1) AS named
        WHERE {Typed}.account_id = named.name
          AND NOT EXISTS (SELECT 1 FROM dim_account a WHERE a.account_id = {Typed}.account_id)
        """);

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
