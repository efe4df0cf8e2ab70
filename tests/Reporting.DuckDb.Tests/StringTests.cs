using System.Text;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// duckdb_string_t keeps strings of at most 12 bytes inline and longer ones behind a pointer: the
/// boundary is in UTF-8 bytes, not characters.
/// </summary>
public sealed class StringTests
{
    public static TheoryData<string, int> Texts => new()
    {
        { "", 0 },
        { "abcdefghijkl", 12 },
        { "abcdefghijklm", 13 },
        { "ääääää", 12 },
        { "ääääääa", 13 },
        { "😀😀😀", 12 },
        { "😀😀😀!", 13 },
        { "世界你好", 12 },
        { "世界你好!", 13 },
        { "Grüße aus Köln, 東京 und 🌍", 34 },
        { "it's a 'quoted' \"string\"", 24 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Round_trips_byte_for_byte_through_parameters_and_the_appender(string text, int utf8Bytes)
    {
        Assert.Equal(utf8Bytes, Encoding.UTF8.GetByteCount(text));
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, v VARCHAR)");
        db.Connection.Execute("INSERT INTO t VALUES (1, $1)", text);
        using (var appender = db.Connection.CreateCheckedAppender("t"))
        {
            appender.Append(2).Append(text).EndRow();
        }

        var result = db.Connection.Query("SELECT v, strlen(v) AS bytes, v = $1 AS same FROM t ORDER BY id", text);

        Assert.Equal([text, text], result.Column<string>("v").Values.ToArray());
        Assert.Equal([utf8Bytes, utf8Bytes], result.Column<long>("bytes").Values.ToArray());
        Assert.Equal([true, true], result.Column<bool>("same").Values.ToArray());
    }

    [Fact]
    public void Strings_made_by_duckdb_on_both_sides_of_the_inline_boundary_are_read_exactly()
    {
        using var db = MemoryDatabase.Open();

        // 5,000 rows over three chunks: 11, 12, 13 and 14 bytes of 'ü' (2 bytes) or 'x' in turn.
        var result = db.Connection.Query("""
            SELECT range AS i,
                   CASE range % 4 WHEN 0 THEN repeat('x', 11) WHEN 1 THEN repeat('ü', 6)
                                  WHEN 2 THEN repeat('ü', 6) || 'x' ELSE repeat('ü', 7) END AS s
            FROM range(5000)
            """);

        var strings = result.Column<string>("s");
        Assert.Equal(5000, result.RowCount);
        for (var row = 0; row < result.RowCount; row++)
        {
            var expected = (row % 4) switch
            {
                0 => "xxxxxxxxxxx",
                1 => "üüüüüü",
                2 => "üüüüüüx",
                _ => "üüüüüüü",
            };
            Assert.Equal(expected, strings[row]);
        }
    }

    [Fact]
    public void A_one_megabyte_string_round_trips()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(v VARCHAR)");
        var text = string.Concat(Enumerable.Repeat("Zoë 🌍 ", 100_000));

        db.Connection.Execute("INSERT INTO t VALUES ($1)", text);
        var result = db.Connection.Query("SELECT v, strlen(v) AS bytes FROM t");

        Assert.Equal(text, result.Column<string>("v")[0]);
        Assert.Equal(1_000_000L, result.Column<long>("bytes")[0]);
    }
}
