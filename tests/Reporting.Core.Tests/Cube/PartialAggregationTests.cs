using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Queries whose measures combine from partial aggregates run in two steps (per account and time
/// bucket first, then joined and grouped); the others in one. Both give the numbers computed by hand.
/// </summary>
public sealed class PartialAggregationTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    [Fact]
    public void Averages_and_ratios_combine_from_the_partial_rows_at_every_level()
    {
        var query = new CubeQuery
        {
            Measures = ["tickets.handoffs_per_ticket", "tickets.reopen_rate", "tickets.count"],
            Dimensions = ["tickets.tier"],
            Totals = Totals.Rollup,
        };

        var rows = fixture.Rows(query);

        // Handoffs (stations - 1, none for no stations): T1 1, T2 0 | T3 2 | T4 0, T5 0, T6 3.
        // Reopened among solved at least once: Standard T1 of T1, T2; Premium none of T3; Platinum T6 of T6.
        // Total: 6 handoffs over 6 tickets; 2 reopened of 4 (not an average of the tiers' averages).
        Assert.Equal(["Platinum|1|100|3|0", "Premium|2|0|1|0", "Standard|0.5|50|2|0", "∅|1|50|6|1"], rows);
        Assert.True(TwoSteps(query));
    }

    [Fact]
    public void A_filter_on_a_joined_column_applies_to_the_partial_rows()
    {
        var query = new CubeQuery
        {
            Measures = ["tickets.count", "tickets.handoffs_per_ticket"],
            Filters = [new QueryFilter("tickets.segment", FilterOperator.Equals, ["SMB"]), new QueryFilter("tickets.priority", FilterOperator.Equals, ["P1"])],
        };

        var rows = fixture.Rows(query);

        // SMB's P1 tickets: T1 (1 handoff) and T3 (2).
        Assert.Equal(["2|1.5"], rows);
        Assert.True(TwoSteps(query));
    }

    public static TheoryData<TimeGranularity, string[]> Buckets => new()
    {
        { TimeGranularity.Day, ["2025-12-31|1", "2026-01-01|1", "2026-03-31|1", "2026-04-01|1", "2026-12-31|1", "∅|5"] },
        { TimeGranularity.Week, ["2025-12-29|2", "2026-03-30|2", "2026-12-28|1", "∅|5"] },
        { TimeGranularity.Month, ["2025-12-01|1", "2026-01-01|1", "2026-03-01|1", "2026-04-01|1", "2026-12-01|1", "∅|5"] },
        { TimeGranularity.Quarter, ["2025-10-01|1", "2026-01-01|2", "2026-04-01|1", "2026-10-01|1", "∅|5"] },
        { TimeGranularity.Year, ["2025-01-01|1", "2026-01-01|4", "∅|5"] },
    };

    /// <summary>
    /// Five tickets on the edges of days, weeks (Monday first), months, quarters and years; counted
    /// in two steps, and beside a median (which does not combine) in one: the same buckets.
    /// </summary>
    [Theory]
    [MemberData(nameof(Buckets))]
    public void Time_buckets_start_on_their_first_day_in_both_layouts(TimeGranularity granularity, string[] expected)
    {
        using var database = ReportingDatabase.OpenInMemory();
        using (var connection = database.Connect())
        {
            connection.Execute("""
                INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at, status, reopens) VALUES
                    ('T1', 'A1', 'P1', TIMESTAMP '2025-12-31 23:59:59.999999', TIMESTAMP '2026-01-01 00:09:59.999999', 'open', 0),
                    ('T2', 'A1', 'P1', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:20:00', 'open', 0),
                    ('T3', 'A1', 'P1', TIMESTAMP '2026-03-31 23:59:59', TIMESTAMP '2026-04-01 00:29:59', 'open', 0),
                    ('T4', 'A1', 'P1', TIMESTAMP '2026-04-01 00:00:00', TIMESTAMP '2026-04-01 00:40:00', 'open', 0),
                    ('T5', 'A1', 'P1', TIMESTAMP '2026-12-31 12:00:00', TIMESTAMP '2026-12-31 12:50:00', 'open', 0);
                """);
        }
        var engine = new CubeEngine(fixture.Model, database, KpiCatalog.DefaultLowSampleBelow);
        var time = new TimeDimensionQuery("tickets.created_at", granularity, null);

        string[] Buckets(string measure, bool twoSteps)
        {
            var query = new CubeQuery { Measures = ["tickets.count", measure], TimeDimension = time, Totals = Totals.Rollup };
            Assert.Equal(twoSteps, TwoSteps(query));
            var result = engine.Query(query, CubeFixture.Today);
            return result.Rows.Select(row => $"{(row[0] is DateOnly day ? day.ToString("yyyy-MM-dd", null) : "∅")}|{row[1]}").ToArray();
        }

        Assert.Equal(expected, Buckets("tickets.answered", twoSteps: true));
        Assert.Equal(expected, Buckets("tickets.frt_median_minutes", twoSteps: false));
    }

    /// <summary>Whether the statement aggregates below the joins (reads FROM its partial rows).</summary>
    private bool TwoSteps(CubeQuery query) =>
        new QueryCompiler(fixture.Model).Compile(query, CubeFixture.Today, AccessScope.All).Sql.Contains("FROM (SELECT", StringComparison.Ordinal);

    public void Dispose() => fixture.Dispose();
}
