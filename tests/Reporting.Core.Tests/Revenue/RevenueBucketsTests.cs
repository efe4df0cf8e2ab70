using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Revenue;

namespace Reporting.Core.Tests.Revenue;

/// <summary>The periods the Revenue dashboard's retention over time is cut into.</summary>
public sealed class RevenueBucketsTests
{
    [Theory]
    [InlineData(TimeGranularity.Week, "2026-01-28..2026-02-01 2026-02-02..2026-02-08 2026-02-09..2026-02-10")]
    [InlineData(TimeGranularity.Month, "2026-01-28..2026-01-31 2026-02-01..2026-02-10")]
    [InlineData(TimeGranularity.Quarter, "2026-01-28..2026-02-10")]
    public void Periods_over_time_are_cut_to_the_range(TimeGranularity grain, string expected)
    {
        var buckets = RevenueOutcomes.Buckets(new DateRange(new DateOnly(2026, 1, 28), new DateOnly(2026, 2, 10)), grain);

        Assert.Equal(expected, string.Join(" ", buckets.Select(b => $"{b.From:yyyy-MM-dd}..{b.To:yyyy-MM-dd}")));
    }
}
