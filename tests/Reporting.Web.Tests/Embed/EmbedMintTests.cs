using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Tokens minted by POST /api/embed/token for host servers, and tokens hosts sign themselves from
/// the documented claims (in C# with Microsoft.IdentityModel, in Python with the standard library).
/// </summary>
public sealed class EmbedMintTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    [Fact]
    public async Task Minting_needs_the_api_key()
    {
        using var anonymous = site.Factory.CreateAnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/embed/token", new { resource = "dashboard:support" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_minted_token_carries_the_documented_claims_signed_with_the_current_key()
    {
        var token = await site.Mint(new
        {
            resource = "dashboard:support", filters = new { account_id = "A1" }, editable = new[] { "from", "to" },
            theme = "dark", bordered = true, titled = false, expiresIn = 600,
        });

        var jwt = new JsonWebToken(token);
        Assert.Equal(("HS256", EmbedSite.CurrentKeyId), (jwt.Alg, jwt.Kid));
        var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload)).RootElement;
        Assert.Equal("dashboard:support", payload.GetProperty("resource").GetString());
        Assert.Equal("""{"account_id":"A1"}""", payload.GetProperty("filters").GetRawText());
        Assert.Equal("""["from","to"]""", payload.GetProperty("editable").GetRawText());
        Assert.Equal(("dark", true, false), (payload.GetProperty("theme").GetString(), payload.GetProperty("bordered").GetBoolean(), payload.GetProperty("titled").GetBoolean()));
        Assert.Equal(600, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync($"/embed/{token}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"resource":"dashboard:nothing"}""", "resource")]
    [InlineData("""{"resource":"report:support"}""", "resource")]
    [InlineData("""{"filters":{"account_id":"A1"}}""", "resource")]
    [InlineData("""{"resource":"dashboard:support","filters":{"account_id":"A9"}}""", "filters.account_id")]
    [InlineData("""{"resource":"dashboard:overview","filters":{"priority":"P1"}}""", "filters.priority")]
    [InlineData("""{"resource":"dashboard:support","filters":{"from":"yesterday"}}""", "filters.from")]
    [InlineData("""{"resource":"dashboard:account"}""", "filters.account_id")]
    [InlineData("""{"resource":"dashboard:support","editable":["colour"]}""", "editable")]
    [InlineData("""{"resource":"dashboard:support","filters":{"segment":"SMB"},"editable":["segment"]}""", "editable")]
    [InlineData("""{"resource":"dashboard:support","theme":"pink"}""", "theme")]
    [InlineData("""{"resource":"dashboard:support","expiresIn":7201}""", "expiresIn")]
    [InlineData("""{"resource":"ebr:A9"}""", "resource")]
    [InlineData("""["dashboard:support"]""", "resource")]
    public async Task A_request_the_server_cannot_honour_is_400_naming_the_field(string body, string field)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Add("X-Api-Key", EmbedSite.ApiKey);

        var response = await site.Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    /// <summary>The README's C# example: a host signs with its copy of a secret, here the previous one, still accepted during rotation.</summary>
    [Fact]
    public async Task A_host_signs_in_csharp_with_the_previous_key_during_rotation()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(EmbedSite.PreviousSecret)) { KeyId = EmbedSite.PreviousKeyId };
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["resource"] = "dashboard:support",
                ["filters"] = new Dictionary<string, object> { ["account_id"] = "A1" },
                ["editable"] = new[] { "from", "to", "grain" },
            },
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

        var view = await site.Client.GetFromJsonAsync<JsonElement>($"/embed/{token}/api/dashboards/support?from=2026-01-01&to=2026-03-31");

        Assert.Equal("A1", view.GetProperty("filters").GetProperty("fields").GetProperty("account_id")[0].GetString());
    }

    [Fact]
    public async Task A_host_signs_in_python_with_the_example_script()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Embed", "sign_token.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, EmbedSite.CurrentKeyId, EmbedSite.CurrentSecret, "dashboard:account", """{"account_id": "A2"}""", "from,to,grain", "600" })
        {
            start.ArgumentList.Add(argument);
        }
        using var python = Process.Start(start)!;
        var token = (await python.StandardOutput.ReadToEndAsync()).Trim();
        await python.WaitForExitAsync();

        Assert.True(python.ExitCode == 0, await python.StandardError.ReadToEndAsync());
        var response = await site.Client.GetAsync($"/embed/{token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
