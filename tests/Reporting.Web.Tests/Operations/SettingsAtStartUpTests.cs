using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reporting.Web.Embed;
using Reporting.Web.Tests.Embed;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// The embed and ingest settings are checked when the server starts, each failure naming its setting:
/// outside Development the server does not start without an embed signing key (a made-up key would
/// invalidate every portal's tokens on restart); in Development it makes one up and says so.
/// </summary>
public sealed class SettingsAtStartUpTests
{
    private const string NoKey = "Reporting:Embed:Keys: no embed signing key is configured. Outside Development one is required";

    [Fact]
    public void Production_without_an_embed_signing_key_does_not_start_and_names_the_setting()
    {
        using var factory = Server("Production");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateAnonymousClient());

        Assert.Contains(NoKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("Reporting:Embed:Keys:0:Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_an_embed_signing_key_starts_and_signs_with_it()
    {
        using var factory = Server("Production", ("Reporting:Embed:Keys:0:Id", "k1"), ("Reporting:Embed:Keys:0:Secret", EmbedSite.CurrentSecret));
        using var client = factory.CreateAnonymousClient();

        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("k1", factory.Services.GetRequiredService<EmbedSigningKeys>().SigningKeyId);
    }

    [Fact]
    public void Development_without_a_key_makes_one_up_and_warns()
    {
        var logs = new CapturedLogs();
        using var server = Server("Development");
        using var factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddLogging(l => l.AddProvider(logs))));
        using var client = factory.CreateClient();

        Assert.Equal("ephemeral", factory.Services.GetRequiredService<EmbedSigningKeys>().SigningKeyId);
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning Reporting.Web.Embed.EmbedSigningKeys: No Reporting:Embed:Keys configured (Development)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reporting:Embed:Burst", "0", "Reporting:Embed:Burst must be more than 0; it is 0.")]
    [InlineData("Reporting:Embed:RequestsPerSecond", "-2.5", "Reporting:Embed:RequestsPerSecond must be more than 0; it is -2.5.")]
    [InlineData("Reporting:Embed:RefusalsPerMinute", "0", "Reporting:Embed:RefusalsPerMinute must be more than 0; it is 0.")]
    [InlineData("Reporting:Embed:RefusalBurst", "-1", "Reporting:Embed:RefusalBurst must be more than 0; it is -1.")]
    [InlineData("Reporting:Embed:MaxLifetime", "00:00:00", "Reporting:Embed:MaxLifetime must be longer than zero (e.g. 12:00:00); it is 00:00:00.")]
    [InlineData("Reporting:Embed:DemoFrameOrigin", "https://portal.example.com/embed", "Reporting:Embed:DemoFrameOrigin: 'https://portal.example.com/embed' is not an origin")]
    [InlineData("Reporting:Embed:Keys:1:Id", "k1", "Reporting:Embed:Keys:1:Id 'k1' is listed twice")]
    [InlineData("Reporting:MaxUploadBytes", "0", "Reporting:MaxUploadBytes must be at least 1 (bytes); it is 0.")]
    [InlineData("Reporting:Auth:ApiKeys:0:Name", "crm", "Reporting:Auth:ApiKeys:0 needs a Name and a Key.")]
    public void A_bad_embed_or_ingest_setting_stops_start_up_naming_it(string setting, string value, string message)
    {
        using var factory = Server("Production", ("Reporting:Embed:Keys:0:Id", "k1"), ("Reporting:Embed:Keys:0:Secret", EmbedSite.CurrentSecret), (setting, value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateAnonymousClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static ReportingWebFactory Server(string environment, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["environment"] = environment, ["Reporting:SeedOnFirstRun"] = "false" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return new ReportingWebFactory(all);
    }
}
