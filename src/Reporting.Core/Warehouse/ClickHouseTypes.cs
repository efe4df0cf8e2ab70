using System.Text.RegularExpressions;

namespace Reporting.Core.Warehouse;

/// <summary>
/// The ClickHouse type that holds a DuckDB column's values unchanged: integers widen to Int64,
/// timestamps (UTC instants, as every load stores them) become DateTime64(6, 'UTC'), dates Date32
/// (DuckDB's range, which Date does not cover).
/// </summary>
internal static partial class ClickHouseTypes
{
    public static string From(string duckDbType, string table, string column) => duckDbType switch
    {
        "VARCHAR" => "String",
        "BOOLEAN" => "Bool",
        "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" => "Int64",
        "FLOAT" or "DOUBLE" => "Float64",
        "DATE" => "Date32",
        "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => "DateTime64(6, 'UTC')",
        _ when Decimal().Match(duckDbType) is { Success: true } d => $"Decimal({d.Groups[1].Value}, {d.Groups[2].Value})",
        _ => throw new InvalidOperationException($"Column {table}.{column} is {duckDbType} in DuckDB, a type the ClickHouse warehouse has no mapping for."),
    };

    [GeneratedRegex(@"^DECIMAL\((\d+),(\d+)\)$")]
    private static partial Regex Decimal();
}
