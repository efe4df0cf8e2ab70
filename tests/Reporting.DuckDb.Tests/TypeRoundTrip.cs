using DuckDB.NET.Data;
using System.Globalization;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// Writes one column's values three ways (DuckDB's own cast from text, bound parameters, the
/// appender), each with a NULL in the middle, then reads every row back through the columnar API,
/// together with DuckDB's own rendering of the stored value. The
/// text proves the value DuckDB stored, so an encoding error cannot hide behind a matching decoding
/// error.
/// </summary>
internal static class TypeRoundTrip
{
    private const int IdsPerPath = 1000;
    private const string SelectAll = "SELECT v, v::VARCHAR AS text FROM t ORDER BY id";

    public static void Check<T>(string sqlType, params (T Value, string Text)[] cases)
        where T : notnull => CheckWithSetup(setupSql: null, sqlType, cases);

    public static void CheckWithSetup<T>(string? setupSql, string sqlType, params (T Value, string Text)[] cases)
        where T : notnull
    {
        // TIMESTAMPTZ renders in the session's zone: pin it so the expected text holds anywhere.
        using var db = MemoryDatabase.With($"SET TimeZone = 'UTC'; {setupSql}{(setupSql is null ? "" : ";")} CREATE TABLE t(id INTEGER, v {sqlType})");
        var connection = db.Connection;
        var rows = WithNullInTheMiddle(cases);

        for (var i = 0; i < rows.Length; i++)
        {
            connection.Execute($"INSERT INTO t VALUES ($1, CAST($2 AS {sqlType}))", i, rows[i].Text);
            connection.Execute("INSERT INTO t VALUES ($1, $2)", IdsPerPath + i, rows[i].Value);
        }
        using (var appender = connection.CreateCheckedAppender("t"))
        {
            for (var i = 0; i < rows.Length; i++)
            {
                Append(appender.Append((2 * IdsPerPath) + i), rows[i].Value).EndRow();
            }
        }

        var expected = rows.Concat(rows).Concat(rows).Select(r => (Normalize(r.Value), r.Text)).ToArray();
        Assert.Equal(expected, ReadColumnar<T>(connection));
    }

    /// <summary>Calls the appender overload for the value's own .NET type.</summary>
    public static DuckDbAppender Append(DuckDbAppender appender, object? value) => value switch
    {
        null => appender.AppendNull(),
        bool v => appender.Append(v),
        sbyte v => appender.Append(v),
        short v => appender.Append(v),
        int v => appender.Append(v),
        long v => appender.Append(v),
        byte v => appender.Append(v),
        ushort v => appender.Append(v),
        uint v => appender.Append(v),
        ulong v => appender.Append(v),
        Int128 v => appender.Append(v),
        float v => appender.Append(v),
        double v => appender.Append(v),
        decimal v => appender.Append(v),
        string v => appender.Append(v),
        byte[] v => appender.Append(v),
        DateOnly v => appender.Append(v),
        TimeOnly v => appender.Append(v),
        DateTime v => appender.Append(v),
        DateTimeOffset v => appender.Append(v),
        DuckDbInterval v => appender.Append(v),
        _ => throw new NotSupportedException($"No appender overload for {value.GetType().Name}."),
    };

    /// <summary>
    /// A form that compares strictly: decimals keep their scale, date-times their Kind and offset,
    /// byte arrays their contents.
    /// </summary>
    public static object? Normalize(object? value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => $"{dt:O} {dt.Kind}",
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => value,
    };

    private static (object? Value, string? Text)[] WithNullInTheMiddle<T>((T Value, string Text)[] cases)
        where T : notnull
    {
        var rows = cases.Select(c => ((object?)c.Value, (string?)c.Text)).ToList();
        rows.Insert(rows.Count / 2, (null, null));
        return [.. rows];
    }

    private static (object? Value, string? Text)[] ReadColumnar<T>(DuckDBConnection connection)
    {
        var result = connection.Query(SelectAll);
        var values = result.Column<T>("v");
        var texts = result.Column<string>("text");
        return Enumerable.Range(0, result.RowCount)
            .Select(i => (values.IsNull(i) ? null : Normalize(values[i]), texts.IsNull(i) ? null : texts[i]))
            .ToArray();
    }
}
