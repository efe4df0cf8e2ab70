using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;

namespace Reporting.Core.Tests.Dashboards;

public sealed class DashboardFiltersTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void By_default_the_six_whole_months_before_this_one_by_month()
    {
        var filters = DashboardFilters.Parse([], Today);

        Assert.Equal(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 10, 31)), filters.Range);
        Assert.Equal(TimeGranularity.Month, filters.Grain);
        Assert.Empty(filters.Fields);
    }

    [Fact]
    public void A_dashboard_with_a_default_of_its_own_shows_that_many_whole_months()
    {
        Assert.Equal(new DateRange(new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)), DashboardFilters.Parse([], Today, 12).Range);
    }

    [Fact]
    public void Any_other_name_is_a_dimension_with_its_values_and_dotted_names_are_left_to_the_page()
    {
        var filters = DashboardFilters.Parse(
            [new("from", "2026-01-01"), new("to", "2026-03-31"), new("grain", "week"), new("segment", "SMB"), new("segment", "Enterprise"),
             new("priority", "P1"), new("csm", ""), new("v.search", "slow")], Today);

        Assert.Equal(TimeGranularity.Week, filters.Grain);
        Assert.Equal(["segment", "priority"], filters.Fields.Keys);
        Assert.Equal(["SMB", "Enterprise"], filters.Fields["segment"]);
        Assert.Equal("from=2026-01-01&to=2026-03-31&grain=week&priority=P1&segment=SMB&segment=Enterprise", filters.ToQueryString());
    }

    [Fact]
    public void A_drill_down_replaces_the_values_of_its_field()
    {
        var filters = DashboardFilters.Parse([new("tier", "Premium"), new("tier", "Standard")], Today).With("tier", "Platinum");

        Assert.Equal(["Platinum"], filters.Fields["tier"]);
    }

    [Theory]
    [InlineData("from", "2026-02-30", "from")]
    [InlineData("to", "yesterday", "to")]
    [InlineData("grain", "year", "grain")]
    [InlineData("Segment; DROP", "x", "Segment; DROP")]
    public void A_bad_parameter_is_refused_by_name(string name, string value, string parameter)
    {
        var error = Assert.Throws<DashboardFilterException>(() => DashboardFilters.Parse([new(name, value)], Today));

        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        var error = Assert.Throws<DashboardFilterException>(() => DashboardFilters.Parse([new("from", "2026-03-01"), new("to", "2026-02-01")], Today));

        Assert.Equal("from", error.Parameter);
    }
}
