using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;
using Reporting.Core.Tests.Cube;

namespace Reporting.Core.Tests.Sql;

/// <summary>
/// The model's DuckDB SQL as ClickHouse reads it, call by call over the tokens: each function the
/// shipped model uses, what must stay as written (literals, quoted names, comments, casts), and the
/// clear refusals (a function, a format, a time zone without a translation).
/// </summary>
public sealed class ClickHouseTranslationTests
{
    [Theory]
    [InlineData("epoch(solved_at - created_at) / 3600.0", "toFloat64(solved_at - created_at) / 3600.0")]
    [InlineData("epoch((now() AT TIME ZONE 'UTC') - created_at) / 60.0 > sla.first_response_minutes",
        "toFloat64((now64(6, 'UTC')) - created_at) / 60.0 > sla.first_response_minutes")]
    [InlineData("kind IN ('QBR', 'EBR') AND scheduled_at <= now() AT TIME ZONE 'UTC'", "kind IN ('QBR', 'EBR') AND scheduled_at <= now64(6, 'UTC')")]
    [InlineData("strftime(responded_at, '%Y-%m-%d %H:%M')", "formatDateTime(responded_at, '%Y-%m-%d %H:%i')")]
    [InlineData("(engagement.account_id, user_id, date_trunc('month', occurred_at))", "(engagement.account_id, user_id, toStartOfMonth(occurred_at))")]
    [InlineData("date_trunc('WEEK', x)", "toMonday(x)")]
    [InlineData("contains(lower(comment), 'late')", "(position(lowerUTF8(comment), 'late') > 0)")]
    [InlineData("length(upper(name)) > 3", "lengthUTF8(upperUTF8(name)) > 3")]
    [InlineData("CAST(arr_change AS DECIMAL(18, 2)) > 0 AND extract(year FROM x) = 2026", "CAST(arr_change AS DECIMAL(18, 2)) > 0 AND extract(year FROM x) = 2026")]
    [InlineData("list_avg(list_transform(list(DISTINCT struct_pack(a := feature_requests.account_id, c := account.clv)) FILTER (WHERE nps_group = 'promoter'), r -> r.c))",
        "arrayReduce('avgOrNull', arrayMap(r -> tupleElement(r, 2), groupUniqArray(tuple(feature_requests.account_id, account.clv)) FILTER (WHERE nps_group = 'promoter')))")]
    [InlineData("list_sum(list_filter(list(x), v -> v > 0))", "arrayReduce('sumOrNull', arrayFilter(v -> v > 0, groupArray(x)))")]
    [InlineData("100.0 * {seated_active_user_months}::DOUBLE / NULLIF({seat_months}, 0)", "100.0 * {seated_active_user_months}::DOUBLE / NULLIF({seat_months}, 0)")]
    [InlineData("log(x) + avg(y) + Greatest(coalesce(z, 1) - 1, 0)", "log10(x) + avgOrNull(y) + Greatest(coalesce(z, 1) - 1, 0)")]
    public void Model_sql_reads_the_same_in_ClickHouse(string duckDb, string clickHouse) =>
        Assert.Equal(clickHouse, SqlDialect.ClickHouse.Member(duckDb));

    [Theory]
    [InlineData("note = 'epoch(x) -- not a call'", "note = 'epoch(x) -- not a call'")]
    [InlineData("\"epoch\" > 0 -- epoch(x) in a comment\n AND y", "\"epoch\" > 0 -- epoch(x) in a comment\n AND y")]
    [InlineData(@"path LIKE 'a\b%'", @"path LIKE 'a\\b%'")]
    [InlineData("CASE WHEN x IN (1, 2) AND NOT (y) THEN 'it''s' END", "CASE WHEN x IN (1, 2) AND NOT (y) THEN 'it''s' END")]
    public void Literals_quoted_names_comments_and_keywords_are_no_calls(string duckDb, string clickHouse) =>
        Assert.Equal(clickHouse, SqlDialect.ClickHouse.Member(duckDb));

    [Theory]
    [InlineData("regexp_matches(status, 'x')", "the function regexp_matches() has no ClickHouse translation")]
    [InlineData("concat(first_name, ' ', last_name)", "the function concat() has no ClickHouse translation")]
    [InlineData("now() AT TIME ZONE 'Europe/Paris'", "now() AT TIME ZONE 'Europe/Paris': only 'UTC' translates (the timestamps are UTC)")]
    [InlineData("strftime(x, '%A %d')", "the strftime format '%A %d' uses %A, which has no ClickHouse translation")]
    [InlineData("strftime(x, fmt)", "strftime() needs a constant text as its argument 2, not fmt")]
    [InlineData("date_trunc('decade', x)", "date_trunc('decade', …) has no ClickHouse translation")]
    [InlineData("epoch(a, b)", "epoch() takes 1 argument(s), not 2")]
    [InlineData("list_transform(list(struct_pack(a := x)), r -> r.b)", "struct_pack has no field 'b'")]
    public void What_has_no_translation_is_refused_by_name(string duckDb, string problem) =>
        Assert.Equal(problem, Assert.Throws<SqlTranslationException>(() => SqlDialect.ClickHouse.Member(duckDb)).Message);

    [Fact]
    public void A_condition_used_as_a_boolean_value_becomes_a_Bool_and_a_column_stays_a_column()
    {
        Assert.Equal("toBool(response_id IS NOT NULL)", SqlDialect.ClickHouse.Member("response_id IS NOT NULL", boolean: true));
        Assert.Equal("account.is_key", SqlDialect.ClickHouse.Member("account.is_key", boolean: true));
        Assert.Equal("response_id IS NOT NULL", SqlDialect.DuckDb.Member("response_id IS NOT NULL", boolean: true));
    }

    [Fact]
    public void A_member_without_a_translation_stops_the_ClickHouse_compiler_naming_the_member()
    {
        using var fixture = new CubeFixture();
        using var connection = fixture.Database.Connect();
        var tickets = fixture.Model.Cube("tickets")!;
        var cube = tickets with { Dimensions = [.. tickets.Dimensions, new DimensionDefinition("initial", DimensionType.String, "left(status, 1)")] };
        var model = SemanticModel.Create([cube], connection);

        var error = Assert.Throws<ModelException>(() => new QueryCompiler(model, SqlDialect.ClickHouse));

        Assert.Equal($"{tickets.File}: tickets.initial: the function left() has no ClickHouse translation (in clickhouse)", error.Message);
        Assert.Same(SqlDialect.DuckDb, new QueryCompiler(model).Dialect);
    }
}
