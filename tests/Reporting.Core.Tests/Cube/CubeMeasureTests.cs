using Reporting.DuckDb;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Cube;

/// <summary>Measures computed by hand from <see cref="CubeFixture"/>'s six tickets and answers.</summary>
public abstract class CubeMeasureTests(TestEngine engine) : IDisposable
{
    private readonly CubeFixture fixture = new(engine);

    [Fact]
    public void Counts_medians_percentiles_and_averages_over_all_tickets()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count", "tickets.awaiting_first_response", "tickets.frt_median_minutes", "tickets.frt_p90_minutes", "tickets.reopen_rate", "tickets.handoffs_per_ticket"],
        });

        // FRT minutes of answered tickets: 10, 30, 60, 90, 240 → median 60; p90 at 3.6 → 90 + 0.6 × 150 = 180.
        // Reopened among solved: T1, T6 of T1, T2, T3, T6 → 50 %. Handoffs: 1 + 0 + 2 + 0 + 0 + 3 over 6 → 1.
        Assert.Equal(["6|1|60|180|50|1"], rows);
    }

    [Fact]
    public void A_rollup_recomputes_ratios_and_medians_from_the_rows_not_from_the_groups()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.reopen_rate", "tickets.frt_median_minutes"],
            Dimensions = ["tickets.segment"],
            Totals = Totals.Rollup,
        });

        // Enterprise: T6 reopened of T6 solved → 100 %; FRT 240, 90 → 165.
        // SMB: T1 of T1, T2, T3 → 33.33 %; FRT 30, 60, 10 → 30.
        // Total: 2 of 4 → 50 % (the average of the groups' ratios would say 66.7), FRT median 60 (not 97.5).
        // Ratios are rounded to the one decimal the model gives them.
        Assert.Equal(["Enterprise|100|165|0", "SMB|33.3|30|0", "∅|50|60|1"], rows);
    }

    [Fact]
    public void A_ticket_reopened_and_open_again_was_still_solved_once()
    {
        fixture.Load("INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, status, reopens) VALUES ('T7', 'A1', 'P2', TIMESTAMP '2026-03-25', 'open', 1)");

        // Solved at least once: T1, T2, T3, T6 and the reopened T7; reopened: T1, T6, T7 → 3 of 5.
        Assert.Equal(["60"], fixture.Rows(new CubeQuery { Measures = ["tickets.reopen_rate"] }));
    }

    [Fact]
    public void Time_buckets_by_month_within_a_date_range()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, new DateRange(new DateOnly(2026, 1, 6), new DateOnly(2026, 3, 1))),
        });

        // T1 (Jan 5) is before the range; T5 (Mar 1, midnight) is its last day; T6 (Mar 20) after it.
        Assert.Equal(["2026-01-01|1", "2026-02-01|2", "2026-03-01|1"], rows);
    }

    [Fact]
    public void Nps_is_a_formula_over_its_own_counts_at_every_level()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["surveys.nps", "surveys.passive_share", "surveys.nps_responses"],
            Dimensions = ["surveys.segment"],
            Totals = Totals.Rollup,
        });

        // SMB: 10, 9, 7, 3 → (2 − 1) / 4 = 25, passives 1/4. Enterprise: 6, 8 → (0 − 1) / 2 = −50, passives 1/2.
        // Total: (2 − 2) / 6 = 0, passives 2/6; the CSAT answer counts in neither.
        Assert.Equal(["Enterprise|-50|50|2|0", "SMB|25|25|4|0", "∅|0|33.3|6|1"], rows);
    }

    [Fact]
    public void Measure_filters_keep_only_groups_past_a_threshold()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count"],
            Dimensions = ["tickets.priority"],
            Filters = [new QueryFilter("tickets.count", FilterOperator.Gte, ["2"])],
            Order = [new QueryOrder("tickets.count", Descending: true)],
        });

        Assert.Equal(["P1|3", "P2|2"], rows);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class CubeMeasureTestsOnDuckDb() : CubeMeasureTests(TestEngine.DuckDb);

public sealed class CubeMeasureTestsOnClickHouse() : CubeMeasureTests(TestEngine.ClickHouse);
