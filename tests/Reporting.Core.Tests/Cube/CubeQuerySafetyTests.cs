using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Tests.Cube;

/// <summary>Members resolve only through the model and values only become parameters.</summary>
public sealed class CubeQuerySafetyTests : IDisposable
{
    private const string Injection = "'); DROP TABLE fact_ticket; --";
    private readonly CubeFixture fixture = new();

    [Theory]
    [InlineData("tickets.count; DROP TABLE fact_ticket")]
    [InlineData("tickets.\"count\"")]
    [InlineData("fact_ticket.ticket_id")]
    [InlineData("tickets.nope")]
    [InlineData("count")]
    public void Unknown_or_malformed_members_are_refused_by_name(string member)
    {
        var error = Assert.Throws<QueryException>(() => fixture.Query(new CubeQuery { Measures = [member] }));

        Assert.Equal(member, error.Member);
    }

    [Fact]
    public void Clickhouse_spells_out_cube_subtotals_for_at_most_ten_dimensions()
    {
        string[] dimensions = ["ticket_id", "account_id", "priority", "status", "channel", "group", "category", "segment", "region", "tier", "csm"];
        var compiler = new QueryCompiler(fixture.Model, Reporting.Core.Sql.SqlDialect.ClickHouse);
        CubeQuery Cube(int count) => new() { Measures = ["tickets.count"], Dimensions = [.. dimensions.Take(count).Select(d => "tickets." + d)], Totals = Totals.Cube };

        var sql = compiler.Compile(Cube(10), CubeFixture.Today, AccessScope.All).Sql;
        var error = Assert.Throws<QueryException>(() => compiler.Compile(Cube(11), CubeFixture.Today, AccessScope.All));

        Assert.Equal(1024, sql.Split("), (", StringSplitOptions.None).Length);
        Assert.Equal(("totals", "totals: CUBE takes at most 10 dimensions on ClickHouse (1024 subtotal levels)"), (error.Member, error.Message));
    }

    [Fact]
    public void A_value_that_looks_like_sql_is_only_ever_a_value()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count"],
            Filters = [new QueryFilter("tickets.segment", FilterOperator.Equals, [Injection])],
        });

        Assert.Equal(["0"], rows);
        Assert.Equal(["6"], fixture.Rows(new CubeQuery { Measures = ["tickets.count"] }));
    }

    [Fact]
    public void Contains_matches_like_wildcards_literally()
    {
        Assert.Equal(["0"], fixture.Rows(new CubeQuery { Measures = ["tickets.count"], Filters = [new QueryFilter("tickets.priority", FilterOperator.Contains, ["%"])] }));
        Assert.Equal(["3"], fixture.Rows(new CubeQuery { Measures = ["tickets.count"], Filters = [new QueryFilter("tickets.priority", FilterOperator.Contains, ["p1"])] }));
    }

    [Theory]
    [InlineData(FilterOperator.Equals, new string[0], "Equals needs at least one value")]
    [InlineData(FilterOperator.Gt, new[] { "1", "2" }, "Gt takes exactly one value, not 2")]
    [InlineData(FilterOperator.Set, new[] { "x" }, "Set takes no values")]
    public void A_filter_without_the_values_its_operator_needs_is_an_error_never_always_true(FilterOperator op, string[] values, string problem)
    {
        var error = Assert.Throws<QueryException>(() => fixture.Query(new CubeQuery
        {
            Measures = ["tickets.count"],
            Filters = [new QueryFilter("tickets.segment", op, values)],
        }));

        Assert.Equal($"tickets.segment: {problem}", error.Message);
    }

    [Fact]
    public void Every_operator_filters_as_computed_by_hand()
    {
        int Count(string member, FilterOperator op, params string[] values) => Convert.ToInt32(
            fixture.Query(new CubeQuery { Measures = ["tickets.count"], Filters = [new QueryFilter(member, op, values)] }).Rows[0][0]);

        Assert.Equal(3, Count("tickets.segment", FilterOperator.Equals, "SMB"));
        Assert.Equal(6, Count("tickets.segment", FilterOperator.In, "SMB", "Enterprise"));
        Assert.Equal(3, Count("tickets.segment", FilterOperator.NotEquals, "SMB"));
        Assert.Equal(3, Count("tickets.priority", FilterOperator.NotIn, "P2", "P3"));
        Assert.Equal(4, Count("tickets.created_at", FilterOperator.Gte, "2026-02-01"));
        Assert.Equal(2, Count("tickets.created_at", FilterOperator.Lt, "2026-02-01"));
        Assert.Equal(2, Count("tickets.created_at", FilterOperator.InDateRange, "2026-02-01", "2026-02-28"));
        Assert.Equal(6, Count("tickets.tier", FilterOperator.Set));
        Assert.Equal(0, Count("tickets.csm", FilterOperator.Set));
        Assert.Equal(6, Count("tickets.csm", FilterOperator.NotSet));
    }

    [Fact]
    public void Compiled_sql_names_members_through_the_model_and_binds_every_value()
    {
        var compiled = new QueryCompiler(fixture.Model).Compile(new CubeQuery
        {
            Measures = ["tickets.reopen_rate"],
            Dimensions = ["tickets.segment"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Quarter, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31))),
            Filters = [new QueryFilter("tickets.priority", FilterOperator.In, ["P1", Injection])],
            Totals = Totals.Rollup,
            Limit = 10,
        }, CubeFixture.Today, AccessScope.All);

        Assert.Equal("""
            SELECT account.segment AS "tickets.segment", make_date("tickets"."__k0" // 4, "tickets"."__k0" % 4 * 3 + 1, 1) AS "tickets.created_at.quarter", (100 * (sum("tickets"."__p0"))::DOUBLE / NULLIF(sum("tickets"."__p1"), 0)) AS "tickets.reopen_rate", CAST(coalesce(sum("tickets"."__p1"), 0) AS BIGINT) AS "tickets.reopen_rate.n", GROUPING(account.segment, "tickets"."__k0") AS "__grouping"
            FROM (SELECT (year(created_at) * 4 + quarter(created_at) - 1) AS "__k0", "tickets"."account_id" AS "account_id", count(*) FILTER (WHERE (solved_at IS NOT NULL OR reopens > 0) AND (reopens > 0)) AS "__p0", count(*) FILTER (WHERE solved_at IS NOT NULL OR reopens > 0) AS "__p1"
                FROM "fact_ticket" AS "tickets"
                WHERE tickets.priority IN ($1, $2) AND created_at >= $3 AND created_at < $4
                GROUP BY (year(created_at) * 4 + quarter(created_at) - 1), "tickets"."account_id") AS "tickets" LEFT JOIN "dim_account" AS "account" ON "account"."account_id" = "tickets"."account_id"
            GROUP BY ROLLUP (account.segment, "tickets"."__k0")
            ORDER BY "tickets.segment" ASC NULLS LAST, "tickets.created_at.quarter" ASC NULLS LAST, "__grouping" ASC
            LIMIT $5 OFFSET $6
            """.ReplaceLineEndings("\n"), compiled.Sql);
        // The limit of 10 reads 11 rows: an eleventh says the answer is truncated.
        Assert.Equal(["P1", Injection, new DateTime(2026, 1, 1), new DateTime(2026, 4, 1), 11L, 0L], compiled.Parameters);
    }

    public void Dispose() => fixture.Dispose();
}
