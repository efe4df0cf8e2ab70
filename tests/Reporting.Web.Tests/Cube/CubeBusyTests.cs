using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Documents.Cube;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Finding 10 of issue 16: uncached cube work waits its turn through a bounded queue and runs within a
/// time budget; either way out is a 503 with Retry-After, never a pile of queries. DuckDB's memory_limit
/// and threads come from configuration.
/// </summary>
public sealed class CubeBusyTests
{
    private const string Query = """{"measures":["tickets.count"],"dimensions":["tickets.priority"]}""";

    [Fact]
    public async Task With_every_slot_taken_and_no_wait_allowed_a_query_is_a_503_with_retry_after()
    {
        using var factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false", ["Reporting:Cube:MaxConcurrentQueries"] = "1", ["Reporting:Cube:QueueWait"] = "00:00:00" });
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<CubeGate>();

        HttpResponseMessage busy;
        using (gate.Hold())
        {
            busy = await client.PostAsJsonAsync("/api/cube/query", JsonDocument.Parse(Query).RootElement);
        }
        var after = await client.PostAsJsonAsync("/api/cube/query", JsonDocument.Parse(Query).RootElement);

        var problem = await busy.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("1", busy.Headers.GetValues("Retry-After").Single());
        Assert.Equal("1 queries are running and none finished within 0 s: try again shortly", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_query_past_its_time_budget_is_stopped_and_a_503()
    {
        using var factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false", ["Reporting:Cube:QueryTimeout"] = "00:00:00" });
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/cube/query", JsonDocument.Parse(Query).RootElement);
        var page = await client.GetAsync("/api/dashboards/support");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.StartsWith("the query ran past its budget of 0 s and was stopped", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
    }

    [Theory]
    [InlineData(null, null, "1.8 GiB")]
    [InlineData("300MB", "1", "286.1 MiB")]
    public void DuckDbs_memory_limit_and_threads_are_configured(string? memoryLimit, string? threads, string shown)
    {
        var settings = new Dictionary<string, string?> { ["Tests:Seed"] = "false" };
        if (memoryLimit is not null)
        {
            settings["Reporting:MemoryLimit"] = memoryLimit;
            settings["Reporting:Threads"] = threads;
        }
        using var factory = new ReportingWebFactory(settings);
        using var client = factory.CreateClient();
        using var connection = factory.Database.Connect();

        var result = connection.Query("SELECT current_setting('memory_limit'), current_setting('threads')");

        // 2 GB (the default) = 2,000,000,000 B = 1.86 GiB, shown truncated; 300 MB = 286.1 MiB.
        Assert.Equal(shown, result.Columns[0].GetValue(0));
        Assert.Equal(threads is null ? Environment.ProcessorCount : int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(result.Columns[1].GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
    }
}
