using System.Data.Common;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>One column of an appender's table: its name, DuckDB type and (for DECIMAL) scale.</summary>
internal sealed record AppenderColumn(string Name, string SqlType, DuckDBType Type, int Scale)
{
    /// <summary>
    /// The columns of <paramref name="table"/> in order, from the catalog an unqualified name
    /// resolves to first (a TEMP table before the database's own).
    /// </summary>
    public static AppenderColumn[] Of(DbConnection connection, string? schema, string table)
    {
        const string sql = """
            WITH target AS (
                SELECT database_name FROM duckdb_tables() WHERE table_name = $1 AND schema_name = $2
                ORDER BY database_name <> 'temp', database_name <> current_database() LIMIT 1)
            SELECT column_name, data_type, coalesce(numeric_scale, 0)::INTEGER AS scale
            FROM duckdb_columns()
            WHERE table_name = $1 AND schema_name = $2 AND database_name = (SELECT database_name FROM target)
            ORDER BY column_index
            """;
        var rows = connection.Query(sql, table, schema ?? "main");
        if (rows.RowCount == 0)
        {
            throw new InvalidOperationException($"Cannot append to '{table}': there is no such table.");
        }
        var names = rows.Column<string>("column_name");
        var types = rows.Column<string>("data_type");
        var scales = rows.Column<int>("scale");
        return Enumerable.Range(0, rows.RowCount).Select(i => new AppenderColumn(names[i], types[i], TypeOf(types[i]), scales[i])).ToArray();
    }

    private static DuckDBType TypeOf(string sqlType) => sqlType switch
    {
        "BOOLEAN" => DuckDBType.Boolean,
        "TINYINT" => DuckDBType.TinyInt,
        "SMALLINT" => DuckDBType.SmallInt,
        "INTEGER" => DuckDBType.Integer,
        "BIGINT" => DuckDBType.BigInt,
        "HUGEINT" => DuckDBType.HugeInt,
        "UTINYINT" => DuckDBType.UnsignedTinyInt,
        "USMALLINT" => DuckDBType.UnsignedSmallInt,
        "UINTEGER" => DuckDBType.UnsignedInteger,
        "UBIGINT" => DuckDBType.UnsignedBigInt,
        "FLOAT" => DuckDBType.Float,
        "DOUBLE" => DuckDBType.Double,
        "VARCHAR" => DuckDBType.Varchar,
        "BLOB" => DuckDBType.Blob,
        "DATE" => DuckDBType.Date,
        "TIME" => DuckDBType.Time,
        "TIMESTAMP" => DuckDBType.Timestamp,
        "TIMESTAMP WITH TIME ZONE" => DuckDBType.TimestampTz,
        "INTERVAL" => DuckDBType.Interval,
        _ when sqlType.StartsWith("DECIMAL", StringComparison.Ordinal) => DuckDBType.Decimal,
        _ when sqlType.StartsWith("ENUM", StringComparison.Ordinal) => DuckDBType.Enum,
        _ => DuckDBType.Invalid,
    };
}
