using System.Net;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Finding 11 of issue 16, as the attacks: loose enumerations, any Content-Type, and errors that
/// echoed a megabyte of input. Enumerations are exactly a name (camelCase or snake_case), the body
/// must be JSON, and an echoed value is cut at 100 characters.
/// </summary>
public sealed class CubeParsingTests(CubeSite site) : IClassFixture<CubeSite>
{
    [Theory]
    [InlineData("timeDimension.granularity", """{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","granularity":"month, week","dateRange":["2026-01-01","2026-03-31"]}}""",
        "'month, week' is not one of day, week, month, quarter, year")]
    [InlineData("timeDimension.granularity", """{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","granularity":" 1","dateRange":["2026-01-01","2026-03-31"]}}""",
        "' 1' is not one of day, week, month, quarter, year")]
    [InlineData("totals", """{"measures":["tickets.count"],"dimensions":["tickets.segment"],"totals":"+1"}""", "'+1' is not one of none, rollup, cube")]
    [InlineData("totals", """{"measures":["tickets.count"],"dimensions":["tickets.segment"],"totals":"roll_up"}""", "'roll_up' is not one of none, rollup, cube")]
    [InlineData("totals", """{"measures":["tickets.count"],"dimensions":["tickets.segment"],"totals":" rollup"}""", "' rollup' is not one of none, rollup, cube")]
    [InlineData("compare", """{"measures":["tickets.count"],"compare":"previous__period"}""", "'previous__period' is not one of none, previousPeriod, previousYear")]
    [InlineData("tickets.priority operator", """{"measures":["tickets.count"],"filters":[{"member":"tickets.priority","operator":"equals, contains","values":["P1"]}]}""",
        "'equals, contains' is not one of equals, notEquals")]
    public async Task An_enumeration_is_exactly_one_of_its_names(string member, string json, string detail)
    {
        var (status, body) = await site.Query(json);

        Assert.Equal(400, status);
        Assert.Equal(member, body.GetProperty("member").GetString());
        Assert.Contains(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("previous_period")]
    [InlineData("previousPeriod")]
    [InlineData("PREVIOUS_PERIOD")]
    public async Task Both_spellings_of_a_name_are_still_read(string compare)
    {
        var (status, body) = await site.Query($$"""
            {"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":["2026-02-01","2026-02-28"]},"compare":"{{compare}}"}
            """);

        Assert.Equal(200, status);
        Assert.Equal("2026-01-01", body.GetProperty("compareDateRange").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/csv; charset=utf-8")]
    public async Task A_body_that_is_not_json_is_a_415(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"measures":["tickets.count"]}"""));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await site.Client.PostAsync("/api/cube/query", content);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"Content-Type: '{contentType}' is not accepted: the body must be application/json", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"measures":["{0}"]}""")]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","granularity":"{0}"}}""")]
    [InlineData("""{"measures":["tickets.count"],"order":{"tickets.count":"{0}"}}""")]
    public async Task A_long_name_is_echoed_as_its_first_100_characters(string template)
    {
        // The attack's megabyte name is now past the body limit (CubeLimitTests); 200,000 characters fit in it.
        var name = new string('x', 200_000);

        var response = await site.Client.PostAsync("/api/cube/query", new StringContent(template.Replace("{0}", name, StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length < 1000, $"{text.Length} characters: {text[..200]}");
        Assert.Contains(new string('x', 100) + "…", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 101), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dashboard_is_a_404_problem()
    {
        var response = await site.Client.GetAsync("/api/dashboards/" + new string('n', 5000));

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"there is no dashboard '{new string('n', 100)}…'", problem.GetProperty("detail").GetString());
    }
}
