using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Finding 2 of the hostile-input review: a blank lock (spaces, a tab, a no-break space, an empty
/// list) once read as "no filter", so the embed showed every account. Now it is refused when minted
/// (400 naming the filter) and when a token signed elsewhere carries it (401), on every surface.
/// </summary>
public sealed class EmbedLockAttackTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    public static TheoryData<object> BlankLocks => new() { " ", "\t", "\u00a0", "", new[] { " " }, new[] { "SMB", "\u00a0" }, Array.Empty<string>() };

    [Theory]
    [MemberData(nameof(BlankLocks))]
    public async Task Minting_a_blank_lock_is_400_naming_it(object blank)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token")
        {
            Content = JsonContent.Create(new { resource = "dashboard:overview", filters = new { segment = blank } }),
        };
        request.Headers.Add("X-Api-Key", EmbedSite.ApiKey);

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("filters.segment", problem.GetProperty("field").GetString());
        Assert.Contains("blank", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/embed/{0}")]
    [InlineData("/embed/{0}/api/charts/account/csat_trend")]
    [InlineData("/embed/{0}/api/csv/account/csat_trend")]
    public async Task A_self_signed_blank_account_lock_shows_nothing(string surface)
    {
        var token = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId },
            new { resource = "chart:account.csat_trend", filters = new { account_id = " " }, iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);

        var response = await site.Client.GetAsync(string.Format(surface, token));

        await EmbedRefusalTests.AssertRefused(response, 401, "blank");
        Assert.DoesNotContain("A2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_lock_with_a_value_still_works()
    {
        var token = EmbedSite.Sign(new { alg = "HS256", kid = EmbedSite.CurrentKeyId },
            new { resource = "chart:account.csat_trend", filters = new { account_id = "A1" }, iat = EmbedSite.Now(), exp = EmbedSite.Now(10) }, EmbedSite.CurrentSecret);

        var response = await site.Client.GetAsync($"/embed/{token}/api/csv/account/csat_trend");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Duplicate_names_in_a_mint_request_are_400()
    {
        const string body = """{"resource":"dashboard:account","filters":{"account_id":"A1","account_id":"A2"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", EmbedSite.ApiKey);

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("each name once", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"3600\"")]
    [InlineData("3600.5")]
    [InlineData("99999999999999999999")]
    [InlineData("true")]
    public async Task An_expiry_that_is_not_a_whole_number_is_400(string expiresIn)
    {
        var body = $$"""{"resource":"dashboard:overview","expiresIn":{{expiresIn}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", EmbedSite.ApiKey);

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("expiresIn", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }
}
