using Reporting.DuckDb;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.SignIn;

/// <summary>
/// A viewer reads every account but no customer's words, on every path: their connections read every
/// comment as NULL, so the cube (and Explore, CSV, panels, evidence built on it) has none to show.
/// </summary>
public sealed class ViewerVerbatimTests : IDisposable
{
    private readonly TeamSite site = new();

    public ViewerVerbatimTests()
    {
        using var writer = site.Factory.Database.AcquireWriter();
        using var connection = site.Factory.Database.Connect();
        connection.Execute("UPDATE fact_survey_response SET comment = 'words of ' || response_id");
    }

    [Fact]
    public async Task A_viewer_counts_every_answer_and_reads_no_comment_through_the_cube_where_a_leader_reads_them()
    {
        using var viewer = await site.As(TeamSite.Viewer);
        using var leader = await site.As(TeamSite.Leader);
        var query = new { measures = new[] { "surveys.nps_responses" }, dimensions = new[] { "surveys.comment" } };

        var seen = await Rows(viewer, query);
        var read = await Rows(leader, query);

        var total = read.Sum(r => r.Count);
        Assert.Equal([(null, total)], seen);
        Assert.All(read, r => Assert.StartsWith("words of ", r.Comment, StringComparison.Ordinal));
    }

    public void Dispose() => site.Dispose();

    private static async Task<List<(string? Comment, long Count)>> Rows(HttpClient client, object query)
    {
        var response = await client.PostAsJsonAsync("/api/cube/query", query);
        var json = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("data").EnumerateArray()
            .Select(r => (r.GetProperty("surveys.comment").GetString(), r.GetProperty("surveys.nps_responses").GetInt64()))
            .ToList();
    }
}
