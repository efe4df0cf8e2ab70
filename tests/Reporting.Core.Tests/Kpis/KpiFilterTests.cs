using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Kpis;

public sealed class KpiFilterTests
{
    [Fact]
    public void Empty_parameters_mean_no_filter()
    {
        Assert.Equal(new KpiFilter(), KpiFilter.Parse("", " ", null, ""));
        Assert.Equal(new KpiFilter("A1", "SMB", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), KpiFilter.Parse("A1", "SMB", "2026-01-01", "2026-01-31"));
    }

    [Theory]
    [InlineData(null, "2026-13-01", null, "from: '2026-13-01' is not a date (YYYY-MM-DD)")]
    [InlineData(null, null, "01/02/2026", "to: '01/02/2026' is not a date (YYYY-MM-DD)")]
    [InlineData(null, "2026-02-01", "2026-01-31", "from: 2026-02-01 is after to (2026-01-31)")]
    [InlineData("smb", null, null, "segment: 'smb' is not a segment (SMB, Mid-Market, Enterprise)")]
    public void A_bad_parameter_is_named(string? segment, string? from, string? to, string expected)
    {
        var error = Assert.Throws<KpiFilterException>(() => KpiFilter.Parse(null, segment, from, to));

        Assert.Equal((expected, false), (error.Message, error.NotFound));
    }
}
