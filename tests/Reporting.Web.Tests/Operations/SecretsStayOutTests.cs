using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Reporting.Web.Tests.Embed;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// No API key, embed token or bound value reaches a log line or a span: the server is driven through
/// loads, minting, embeds (accepted and refused), cube queries and dashboards with filter values, and
/// every line logged (at the shipped levels and at Debug for the module) and every span tag is scanned.
/// </summary>
public sealed class SecretsStayOutTests : IDisposable
{
    private const string ApiKey = "api-key-secret-4f1c9e";
    private const string Value = "bound-value-secret-77a2";

    private readonly CapturedLogs logs = new();
    private readonly List<Activity> spans = [];
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory;
    private readonly ReportingWebFactory server = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = ApiKey,
        ["Reporting:Embed:Keys:0:Id"] = EmbedSite.CurrentKeyId,
        ["Reporting:Embed:Keys:0:Secret"] = EmbedSite.CurrentSecret,
        ["Logging:LogLevel:Reporting"] = "Debug",
        ["Reporting:Tracing:Enabled"] = "true",
    });

    public SecretsStayOutTests()
    {
        factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddLogging(logging => logging.AddProvider(logs));
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        }));
    }

    [Fact]
    public async Task Keys_tokens_and_values_are_in_no_log_line_and_no_span()
    {
        using var client = await factory.CreateAdminClientAsync();
        await Send(client, HttpMethod.Post, "/api/ingest/accounts?filename=a.csv", $"account_id,name,segment,csm\nS1,{Value},SMB,{Value}\n", "text/csv");
        await Send(client, HttpMethod.Post, "/api/ingest/accounts?filename=b.csv", $"account_id,name,segment\nS2,x,{Value}\n", "text/csv");
        var minted = await Send(client, HttpMethod.Post, "/api/embed/token", """{"resource":"dashboard:account","filters":{"account_id":"S1"}}""", "application/json");
        var token = JsonDocument.Parse(minted).RootElement.GetProperty("token").GetString()!;
        await client.GetAsync($"/embed/{token}");
        await client.GetAsync($"/embed/{token}/api/dashboards/account?segment={Value}");
        await client.GetAsync($"/embed/{token[..^4]}AAAA/api/dashboards/account");
        await client.PostAsJsonAsync("/api/cube/query", new { measures = new[] { "tickets.count" }, filters = new[] { new { member = "tickets.csm", @operator = "equals", values = new[] { Value } } } });
        await client.GetAsync($"/dashboards/support?segment={Value}&csm={Value}");
        await client.GetAsync($"/api/kpis?account={Value}");

        // Stopped first: its background services (the alert monitor) still log and record spans, and
        // the exporter's list may not change while it is read.
        factory.Dispose();
        var secrets = new[] { ApiKey, token, token.Split('.')[2], Value, EmbedSite.CurrentSecret };
        Assert.NotEmpty(logs.Lines);
        foreach (var line in logs.Lines)
        {
            Assert.DoesNotContain(secrets, s => line.Contains(s, StringComparison.Ordinal));
        }
        Assert.NotEmpty(spans);
        foreach (var tag in spans.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}")))
        {
            Assert.DoesNotContain(secrets, s => tag.Contains(s, StringComparison.Ordinal));
        }
    }

    private static async Task<string> Send(HttpClient client, HttpMethod method, string url, string body, string type)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, type) };
        request.Headers.Add("X-Api-Key", ApiKey);
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
        factory.Dispose();
        server.Dispose();
    }
}
