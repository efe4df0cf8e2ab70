using System.Net;

namespace Reporting.Web.Tests.Embed;

/// <summary>The headers every /embed response carries, refusals included, and what a bad setting does at start-up.</summary>
public sealed class EmbedHeadersTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    public static TheoryData<string> Paths => new()
    {
        "/embed/{0}",
        "/embed/{0}/api/dashboards/support",
        "/embed/{0}/api/csv/support/sla_trend",
        "/embed/not-a-token",
        "/embed",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Embeds_may_be_framed_only_by_the_allowed_origins_and_set_no_cookie(string path)
    {
        var token = await site.Mint(new { resource = "dashboard:support" });

        var response = await site.Client.GetAsync(string.Format(path, token));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"frame-ancestors 'self' {EmbedSite.Portal}", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_main_site_is_given_its_own_policy_not_the_embeds()
    {
        var response = await site.Client.GetAsync("/dashboards/support");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain(EmbedSite.Portal, policy);
    }

    [Theory]
    [InlineData("Reporting:Embed:AllowedOrigins:0", "https://portal.example.com; script-src *", "AllowedOrigins:0")]
    [InlineData("Reporting:Embed:AllowedOrigins:0", "https://portal.example.com/path", "AllowedOrigins:0")]
    [InlineData("Reporting:Embed:Keys:0:Secret", "too-short", "needs at least 32")]
    [InlineData("Reporting:Embed:SigningKeyId", "nope", "SigningKeyId")]
    public void A_bad_embed_setting_stops_start_up_naming_it(string setting, string value, string message)
    {
        using var factory = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:Embed:Keys:0:Id"] = "k",
            ["Reporting:Embed:Keys:0:Secret"] = EmbedSite.CurrentSecret,
            [setting] = value,
        });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
