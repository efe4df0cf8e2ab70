using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Tests.Cube;

public sealed class QueryJsonWriterTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void A_query_written_and_read_again_is_the_same_query()
    {
        const string json = """
            {"measures":["tickets.reopen_rate"],"dimensions":["tickets.segment"],"timeDimension":{"dimension":"tickets.created_at","granularity":"month","dateRange":["2026-01-01","2026-06-30"]},"filters":[{"member":"tickets.priority","operator":"in","values":["P1","P2"]}],"totals":"rollup","compare":"previousPeriod","order":[{"member":"tickets.reopen_rate","direction":"desc"}],"limit":10,"offset":5}
            """;

        var written = QueryJsonWriter.Write(QueryJson.Parse(json, Today));

        Assert.Equal(json.Trim(), written);
        Assert.Equal(written, QueryJsonWriter.Write(QueryJson.Parse(written, Today)));
    }

    [Fact]
    public void Relative_dates_are_written_as_the_dates_they_meant()
    {
        var written = QueryJsonWriter.Write(QueryJson.Parse("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":"last 2 months"}}""", Today));

        Assert.Equal("""{"measures":["tickets.count"],"dimensions":[],"timeDimension":{"dimension":"tickets.created_at","dateRange":["2026-09-01","2026-10-31"]}}""", written);
    }
}
