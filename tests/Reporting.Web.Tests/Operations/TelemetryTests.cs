using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// /metrics after a load, a refused load, cube queries, an embed refusal and an EBR pack holds the
/// reporting_* series with the counts those requests make; one request's span holds the cube's
/// compile and DuckDB statement (with a fingerprint) and a pack's the print. The module's instruments
/// are process-wide, so this class runs alone (<see cref="TelemetryCollection"/>).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed partial class TelemetryTests : IDisposable
{
    private const string ApiKey = "telemetry-key";

    private static readonly object TicketsByPriority = new { measures = new[] { "tickets.count" }, dimensions = new[] { "tickets.priority" } };

    private readonly List<Activity> spans = [];
    private readonly ReportingWebFactory server = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = ApiKey,
        ["Reporting:Tracing:Enabled"] = "true",
    }, new FixedClock(new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero)));

    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory;

    public TelemetryTests()
    {
        factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
    }

    [Fact]
    public async Task Metrics_count_loads_cube_queries_refusals_and_packs()
    {
        using var client = await factory.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await Load(client, "accounts", "account_id,name,segment\nT1,One,SMB\nT2,Two,Enterprise\n")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Load(client, "tickets", "ticket_id,account_id,priority,created_at\nK1,T1,P1,2026-01-05T09:00:00Z\nK2,T1,P2,2026-02-05T09:00:00Z\nK3,T2,P2,2026-03-05T09:00:00Z\n")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Load(client, "accounts", "account_id,name,segment\nT3,Three,Galactic\nT4,Four,SMB\n")).StatusCode);
        await client.PostAsJsonAsync("/api/cube/query", TicketsByPriority);
        await client.PostAsJsonAsync("/api/cube/query", TicketsByPriority);
        await client.GetAsync("/embed/not-a-token/api/dashboards/overview");

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Equal(1, Value(metrics, "reporting_cube_queries_total", ("cube", "tickets"), ("cache", "miss")));
        Assert.Equal(1, Value(metrics, "reporting_cube_queries_total", ("cube", "tickets"), ("cache", "hit")));
        Assert.Equal(1, Value(metrics, "reporting_cube_query_duration_seconds_count", ("cube", "tickets")));
        Assert.Equal(2, Value(metrics, "reporting_load_rows_total", ("kind", "accounts")));
        Assert.Equal(3, Value(metrics, "reporting_load_rows_total", ("kind", "tickets")));
        Assert.Equal(2, Value(metrics, "reporting_load_rejected_rows_total", ("kind", "accounts")));
        Assert.Equal(1, Value(metrics, "reporting_load_duration_seconds_count", ("kind", "accounts"), ("outcome", "refused")));
        Assert.Equal(1, Value(metrics, "reporting_embed_refusals_total", ("status", "401"), ("reason", "token")));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/accounts/T1/ebr.pdf?from=2026-01-01&to=2026-03-31")).StatusCode);
        Assert.Equal(1, Value(await client.GetStringAsync("/metrics"), "reporting_ebr_render_duration_seconds_count", ("outcome", "printed")));
    }

    [Fact]
    public async Task A_cube_request_span_holds_the_compile_and_the_statement()
    {
        using var client = await factory.CreateAdminClientAsync();
        await Load(client, "accounts", "account_id,name,segment\nT1,One,SMB\n");

        await client.PostAsJsonAsync("/api/cube/query", new { measures = new[] { "tickets.count" }, dimensions = new[] { "tickets.channel" } });

        var request = await ServerSpanAsync("POST /api/cube/query");
        var children = Finished().Where(s => s.ParentSpanId == request.SpanId).Select(s => s.DisplayName).ToList();
        Assert.Equal(["cube.compile", "duckdb.statement"], children);
        var statement = Finished().Single(s => s.ParentSpanId == request.SpanId && s.DisplayName == "duckdb.statement");
        Assert.Matches("^[0-9a-f]{16}$", (string)statement.GetTagItem("db.statement.fingerprint")!);
    }

    [Fact]
    public async Task A_pack_request_span_holds_the_print()
    {
        using var client = await factory.CreateAdminClientAsync();
        await Load(client, "accounts", "account_id,name,segment\nT1,One,SMB\n");

        await client.GetAsync("/accounts/T1/ebr.pdf?from=2026-01-01&to=2026-03-31");

        var request = await ServerSpanAsync("GET /accounts/{id}/ebr.pdf");
        Assert.Contains(Finished(), s => s.DisplayName == "ebr.print" && s.TraceId == request.TraceId);
    }

    /// <summary>
    /// The request's server span: it ends after the last byte of the answer is handed over, so it may
    /// finish a moment after the client has the answer (bounded wait).
    /// </summary>
    private async Task<Activity> ServerSpanAsync(string name)
    {
        for (var i = 0; i < 100 && !Finished().Any(s => s.Kind == ActivityKind.Server && s.DisplayName == name); i++)
        {
            await Task.Delay(50);
        }
        return Assert.Single(Finished(), s => s.Kind == ActivityKind.Server && s.DisplayName == name);
    }

    private List<Activity> Finished()
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static Task<HttpResponseMessage> Load(HttpClient client, string kind, string csv) => client.PostCsvAsync(ApiKey, kind, csv);

    /// <summary>The value of the one series of a metric whose labels include these.</summary>
    private static double Value(string metrics, string name, params (string Label, string Value)[] labels)
    {
        var series = metrics.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal))
            .Where(l => labels.All(p => l.Contains($"{p.Label}=\"{p.Value}\"", StringComparison.Ordinal))).ToList();
        var line = Assert.Single(series);
        return double.Parse(Sample().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\} (\S+)")]
    private static partial Regex Sample();

    public void Dispose()
    {
        factory.Dispose();
        server.Dispose();
    }
}

/// <summary>Tests that read process-wide instruments run after every other test, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
