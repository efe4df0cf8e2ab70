using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Every way a token can be unacceptable, on each embed surface (the page, the JSON view, the CSV):
/// 401 or 403 with a ProblemDetails body that says why, and no data.
/// </summary>
public sealed class EmbedRefusalTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    private const string Resource = "dashboard:support";

    public static TheoryData<string> Surfaces => new()
    {
        "/embed/{0}",
        "/embed/{0}/api/dashboards/support",
        "/embed/{0}/api/csv/support/frt_median_by_priority",
    };

    private static object Header(string kid = EmbedSite.CurrentKeyId, string alg = "HS256") => new { alg, kid, typ = "JWT" };

    private static object Payload(long? iat = null, long? exp = null, long? nbf = null, string resource = Resource) =>
        nbf is null
            ? new { resource, iat = iat ?? EmbedSite.Now(), exp = exp ?? EmbedSite.Now(30) }
            : new { resource, iat = iat ?? EmbedSite.Now(), exp = exp ?? EmbedSite.Now(30), nbf };

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_token_signed_as_documented_is_accepted(string surface)
    {
        var token = EmbedSite.Sign(Header(), Payload(), EmbedSite.CurrentSecret);

        var response = await site.Client.GetAsync(string.Format(surface, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_token_is_401()
    {
        await AssertRefused(await site.Client.GetAsync("/embed"), 401, "no embed token");
        await AssertRefused(await site.Client.GetAsync("/embed/"), 401, "no embed token");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_token_that_is_not_a_jwt_is_401(string surface) =>
        await AssertRefused(await site.Client.GetAsync(string.Format(surface, "not-a-token")), 401, "not a signed JWT");

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_bad_signature_is_401(string surface)
    {
        var token = EmbedSite.Sign(Header(), Payload(), "another-secret-of-enough-length-0123456789");

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, token)), 401, "signature does not verify");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_payload_edited_after_signing_is_401(string surface)
    {
        var token = EmbedSite.Sign(Header(), Payload(), EmbedSite.CurrentSecret).Split('.');
        var edited = string.Join('.', token[0], EmbedSite.Part(Payload(resource: "dashboard:overview")), token[2]);

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, edited)), 401, "signature does not verify");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task Alg_none_is_401(string surface)
    {
        var token = EmbedSite.Part(Header(alg: "none")) + "." + EmbedSite.Part(Payload()) + ".";

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, token)), 401, "only HS256 is accepted");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task An_unknown_key_id_is_401(string surface)
    {
        var token = EmbedSite.Sign(Header(kid: "2025-01"), Payload(), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, token)), 401, "key id '2025-01' is not configured");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task An_expired_token_is_401(string surface)
    {
        var token = EmbedSite.Sign(Header(), Payload(iat: EmbedSite.Now(-90), exp: EmbedSite.Now(-60)), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, token)), 401, "expired");
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task A_token_not_valid_yet_is_401(string surface)
    {
        var token = EmbedSite.Sign(Header(), Payload(exp: EmbedSite.Now(90), nbf: EmbedSite.Now(60)), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync(string.Format(surface, token)), 401, "not valid before");
    }

    [Fact]
    public async Task A_token_living_longer_than_the_maximum_is_401()
    {
        // MaxLifetime is two hours; this one lives three.
        var token = EmbedSite.Sign(Header(), Payload(exp: EmbedSite.Now(180)), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync($"/embed/{token}"), 401, "longer than");
    }

    [Fact]
    public async Task A_token_without_expiry_is_401()
    {
        var token = EmbedSite.Sign(Header(), new { resource = Resource, iat = EmbedSite.Now() }, EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync($"/embed/{token}"), 401, "no expiry");
    }

    [Theory]
    [InlineData("dashboard:support", "/api/dashboards/overview", "not dashboard:overview")]
    [InlineData("dashboard:support", "/api/charts/overview/nps_by_segment", "not chart:overview.nps_by_segment")]
    [InlineData("dashboard:support", "/api/csv/overview/nps_by_segment", "not chart:overview.nps_by_segment")]
    [InlineData("chart:support.sla_trend", "/api/dashboards/support", "not dashboard:support")]
    [InlineData("chart:support.sla_trend", "/api/charts/support/frt_median_by_priority", "not chart:support.frt_median_by_priority")]
    [InlineData("chart:support.sla_trend", "/api/csv/support/frt_median_by_priority", "not chart:support.frt_median_by_priority")]
    public async Task A_resource_other_than_the_one_named_is_403(string resource, string path, string detail)
    {
        var token = EmbedSite.Sign(Header(), Payload(resource: resource), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync($"/embed/{token}{path}"), 403, detail);
    }

    [Fact]
    public async Task A_dashboard_token_serves_its_own_charts()
    {
        var token = EmbedSite.Sign(Header(), Payload(), EmbedSite.CurrentSecret);

        var response = await site.Client.GetAsync($"/embed/{token}/api/charts/support/sla_trend");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_resource_that_does_not_exist_is_403()
    {
        var token = EmbedSite.Sign(Header(), Payload(resource: "dashboard:nothing"), EmbedSite.CurrentSecret);

        await AssertRefused(await site.Client.GetAsync($"/embed/{token}"), 403, "'dashboard:nothing' names nothing");
    }

    internal static async Task AssertRefused(HttpResponseMessage response, int status, string detail)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var names = problem.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Empty(names.Intersect(["tiles", "charts", "rows"]));
    }
}
