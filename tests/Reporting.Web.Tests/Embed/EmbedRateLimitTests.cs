using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Requests per token are limited: past the burst a token gets 429 (ProblemDetails, Retry-After); other
/// tokens do not notice. A token is one token however its signature is padded (finding 7 of the
/// hostile-input review), and a client that keeps sending refused tokens is limited too.
/// </summary>
public sealed class EmbedRateLimitTests : IDisposable
{
    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = EmbedSite.ApiKey,
        ["Reporting:Embed:Keys:0:Id"] = EmbedSite.CurrentKeyId,
        ["Reporting:Embed:Keys:0:Secret"] = EmbedSite.CurrentSecret,
        // Three at once, then one every ten seconds: the fourth request inside a test is over the limit.
        ["Reporting:Embed:Burst"] = "3",
        ["Reporting:Embed:RequestsPerSecond"] = "0.1",
    });

    [Fact]
    public async Task A_token_past_its_burst_is_429_and_another_token_is_served()
    {
        using var client = factory.CreateClient();
        var busy = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId }, new { resource = "dashboard:support", iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);
        var other = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId }, new { resource = "dashboard:engagement", iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync($"/embed/{busy}/api/dashboards/support")).StatusCode);
        }
        var limited = await client.GetAsync($"/embed/{busy}");
        var served = await client.GetAsync($"/embed/{other}/api/dashboards/engagement");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(429, (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Padding_the_signature_finds_the_same_bucket()
    {
        using var client = factory.CreateClient();
        var token = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId }, new { resource = "dashboard:support", iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);

        var statuses = new List<HttpStatusCode>();
        foreach (var spelling in new[] { token, token + "=", token, token + "=" })
        {
            statuses.Add((await client.GetAsync($"/embed/{spelling}/api/dashboards/support")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Refused_tokens_are_limited_per_client_however_many_are_made_up()
    {
        using var refusing = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:Embed:Keys:0:Id"] = EmbedSite.CurrentKeyId,
            ["Reporting:Embed:Keys:0:Secret"] = EmbedSite.CurrentSecret,
            ["Reporting:Embed:RefusalBurst"] = "3",
            ["Reporting:Embed:RefusalsPerMinute"] = "1",
        });
        using var client = refusing.CreateClient();
        var good = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId }, new { resource = "dashboard:support", iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A new forgery each time: each would have a bucket of its own.
            var forged = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId }, new { resource = "dashboard:support", iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, $"guess-{i}-0123456789abcdef0123456789abcdef");
            statuses.Add((await client.GetAsync($"/embed/{forged}/api/dashboards/support")).StatusCode);
        }
        var garbage = await client.GetAsync("/embed/garbage/api/dashboards/support");
        var afterwards = await client.GetAsync($"/embed/{good}/api/dashboards/support");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, afterwards.StatusCode);
        Assert.True(afterwards.Headers.RetryAfter is not null);
    }

    public void Dispose() => factory.Dispose();
}
