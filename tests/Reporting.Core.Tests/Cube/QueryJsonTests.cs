using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Tests.Cube;

public sealed class QueryJsonTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Reads_every_part_of_a_query()
    {
        var query = QueryJson.Parse("""
            {
              "measures": ["tickets.count"], "dimensions": ["tickets.segment"],
              "timeDimension": {"dimension": "tickets.created_at", "granularity": "week", "dateRange": ["2026-01-01", "2026-03-31"]},
              "filters": [{"member": "tickets.priority", "operator": "in", "values": ["P1", "P2"]}, {"member": "tickets.csm", "operator": "set"}],
              "totals": "cube", "order": {"tickets.count": "desc"}, "limit": 20, "offset": 40
            }
            """, Today);

        Assert.Equal(["tickets.count"], query.Measures);
        Assert.Equal(["tickets.segment"], query.Dimensions);
        Assert.Equal(new TimeDimensionQuery("tickets.created_at", TimeGranularity.Week, new DateRange(new(2026, 1, 1), new(2026, 3, 31))), query.TimeDimension);
        Assert.Equal(FilterOperator.In, query.Filters[0].Operator);
        Assert.Equal(["P1", "P2"], query.Filters[0].Values);
        Assert.Equal((FilterOperator.Set, 0), (query.Filters[1].Operator, query.Filters[1].Values.Count));
        Assert.Equal((Totals.Cube, 20, 40), (query.Totals, query.Limit, query.Offset));
        Assert.Equal([new QueryOrder("tickets.count", Descending: true)], query.Order);
    }

    [Theory]
    [InlineData("today", "2026-11-22", "2026-11-22")]
    [InlineData("yesterday", "2026-11-21", "2026-11-21")]
    [InlineData("this month", "2026-11-01", "2026-11-30")]
    [InlineData("last month", "2026-10-01", "2026-10-31")]
    [InlineData("last 6 months", "2026-05-01", "2026-10-31")]
    [InlineData("last quarter", "2026-07-01", "2026-09-30")]
    [InlineData("this week", "2026-11-16", "2026-11-22")]
    [InlineData("last 2 years", "2024-01-01", "2025-12-31")]
    [InlineData("last 7 days", "2026-11-15", "2026-11-21")]
    public void Relative_date_ranges_are_whole_periods(string phrase, string from, string to)
    {
        var range = RelativeDateRange.Parse(phrase, Today);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (range.From, range.To));
    }

    [Theory]
    [InlineData("""{"measures": "tickets.count"}""", "measures", "must be an array")]
    [InlineData("""{"totals": "subtotal"}""", "totals", "'subtotal' is not one of none, rollup, cube")]
    [InlineData("""{"timeDimension": {"dimension": "tickets.created_at", "granularity": "hour"}}""", "timeDimension.granularity", "'hour' is not one of day, week, month, quarter, year")]
    [InlineData("""{"timeDimension": {"dimension": "tickets.created_at", "dateRange": "since forever"}}""", "dateRange", "'since forever' is not a date range")]
    [InlineData("""{"limit": "all"}""", "limit", "must be a whole number")]
    [InlineData("""{"order": {"tickets.count": "up"}}""", "tickets.count", "'up' is not asc or desc")]
    public void Mistakes_name_the_part_at_fault(string json, string member, string problem)
    {
        var error = Assert.Throws<QueryException>(() => QueryJson.Parse(json, Today));

        Assert.Equal(member, error.Member);
        Assert.Contains(problem, error.Message);
    }
}
