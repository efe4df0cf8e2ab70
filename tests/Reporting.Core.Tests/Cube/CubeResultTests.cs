using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Tests.Cube;

/// <summary>Empty periods, compared periods and low-sample flags, from <see cref="CubeFixture"/>.</summary>
public sealed class CubeResultTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    [Fact]
    public void Periods_without_rows_are_filled_with_zero_counts_and_no_ratio()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count", "tickets.reopen_rate"],
            Dimensions = ["tickets.segment"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 28))),
        });

        // December has no ticket at all; Enterprise has none in January either (its first, T4, is in February).
        // No ticket of these months is solved and reopened except T1 (SMB, January: 1 of 2 solved).
        Assert.Equal(
            [
                "Enterprise|2025-12-01|0|∅", "Enterprise|2026-01-01|0|∅", "Enterprise|2026-02-01|1|∅",
                "SMB|2025-12-01|0|∅", "SMB|2026-01-01|2|50", "SMB|2026-02-01|1|0",
            ],
            rows);
    }

    [Fact]
    public void A_cubes_by_period_subtotal_is_filled_like_the_detail_rows()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count"],
            Dimensions = ["tickets.segment"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 28))),
            Totals = Totals.Cube,
        });

        // Grouping 0: segment and month; 1: by segment (the month rolled up, nothing to fill);
        // 2: by month alone, where December (no ticket) is filled as in the detail rows; 3: the total.
        Assert.Equal(
            [
                "Enterprise|2025-12-01|0|0", "Enterprise|2026-01-01|0|0", "Enterprise|2026-02-01|1|0", "Enterprise|∅|1|1",
                "SMB|2025-12-01|0|0", "SMB|2026-01-01|2|0", "SMB|2026-02-01|1|0", "SMB|∅|3|1",
                "∅|2025-12-01|0|2", "∅|2026-01-01|2|2", "∅|2026-02-01|2|2", "∅|∅|4|3",
            ],
            rows);
    }

    [Fact]
    public void A_range_without_rows_beside_another_dimension_answers_no_rows()
    {
        var rows = fixture.Rows(new CubeQuery
        {
            Measures = ["tickets.count"],
            Dimensions = ["tickets.segment"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28))),
        });

        Assert.Empty(rows);
    }

    [Fact]
    public void The_previous_period_is_the_same_length_just_before()
    {
        var result = fixture.Query(new CubeQuery
        {
            Measures = ["tickets.count"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", null, new DateRange(new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 31))),
            Compare = CompareWith.PreviousPeriod,
        });

        // 2 Feb – 31 Mar (58 days): T3, T4, T5, T6. The 58 days before: 2025-12-06 … 2026-02-01: T1, T2.
        Assert.Equal(4L, result.Value(0, "tickets.count"));
        Assert.Equal(new DateRange(new DateOnly(2025, 12, 6), new DateOnly(2026, 2, 1)), result.Compare!.DateRange);
        Assert.Equal(2L, result.Compare.Value(0, "tickets.count"));
    }

    [Fact]
    public void The_period_before_whole_months_is_as_many_whole_months()
    {
        var result = fixture.Query(new CubeQuery
        {
            Measures = ["tickets.count"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", null, new DateRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31))),
            Compare = CompareWith.PreviousPeriod,
        });

        // February and March: T3, T4, T5, T6. December and January (not the 59 days before, from 4 December): T1, T2.
        Assert.Equal(new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)), result.Compare!.DateRange);
        Assert.Equal(2L, result.Compare.Value(0, "tickets.count"));
    }

    [Fact]
    public void Comparing_needs_a_date_range()
    {
        var error = Assert.Throws<QueryException>(() => fixture.Query(new CubeQuery { Measures = ["tickets.count"], Compare = CompareWith.PreviousYear }));

        Assert.Equal("compare", error.Member);
    }

    [Fact]
    public void Each_measure_says_how_many_observations_it_rests_on_and_whether_they_are_too_few()
    {
        var record = Assert.Single(fixture.Query(new CubeQuery { Measures = ["tickets.frt_median_minutes", "tickets.reopen_rate", "tickets.count"] }).Records());

        // 5 answered tickets behind the median, 4 solved behind the reopen rate, 6 tickets in all: all under 10.
        Assert.Equal((5L, true), ((long)record["tickets.frt_median_minutes.n"]!, (bool)record["tickets.frt_median_minutes.lowSample"]!));
        Assert.Equal((4L, true), ((long)record["tickets.reopen_rate.n"]!, (bool)record["tickets.reopen_rate.lowSample"]!));
        Assert.Equal(6L, record["tickets.count.n"]);
    }

    public void Dispose() => fixture.Dispose();
}
