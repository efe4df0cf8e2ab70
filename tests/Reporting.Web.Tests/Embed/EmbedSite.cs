using Reporting.DuckDb;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// A server over the hand-written KPI fixture (Kpis/kpi_fixture.sql: accounts A1–A4, January to March
/// 2026) with two embed keys (the current one signs, the previous one still verifies), an API key for
/// host servers, a portal origin allowed to frame, and rate limits too high to matter here.
/// </summary>
public sealed class EmbedSite : IDisposable
{
    public const string ApiKey = "host-api-key";
    public const string CurrentKeyId = "2026-11";
    public const string CurrentSecret = "current-embed-secret-0123456789abcdef";
    public const string PreviousKeyId = "2026-10";
    public const string PreviousSecret = "previous-embed-secret-0123456789abcdef";
    public const string Portal = "https://portal.example.com";

    public EmbedSite()
    {
        Factory = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:ApiKeys:0"] = ApiKey,
            ["Reporting:Embed:Keys:0:Id"] = CurrentKeyId,
            ["Reporting:Embed:Keys:0:Secret"] = CurrentSecret,
            ["Reporting:Embed:Keys:1:Id"] = PreviousKeyId,
            ["Reporting:Embed:Keys:1:Secret"] = PreviousSecret,
            ["Reporting:Embed:MaxLifetime"] = "02:00:00",
            ["Reporting:Embed:AllowedOrigins:0"] = Portal,
            ["Reporting:Embed:RequestsPerSecond"] = "100000",
            ["Reporting:Embed:Burst"] = "100000",
            ["Reporting:Embed:RefusalsPerMinute"] = "100000",
            ["Reporting:Embed:RefusalBurst"] = "100000",
        });
        Client = Factory.CreateClient();
        using var connection = Factory.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
    }

    public ReportingWebFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>A token minted by the server (POST /api/embed/token), for a request shaped like the claims.</summary>
    public async Task<string> Mint(object request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token") { Content = JsonContent.Create(request) };
        message.Headers.Add("X-Api-Key", ApiKey);
        var response = await Client.SendAsync(message);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>A token signed here, byte by byte, as any host could: any header, any payload, any secret.</summary>
    public static string Sign(object header, object payload, string secret)
    {
        var input = Part(header) + "." + Part(payload);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(input));
        return input + "." + Base64UrlEncoder.Encode(signature);
    }

    public static string Part(object json) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(json));

    public static long Now(int plusMinutes = 0) => DateTimeOffset.UtcNow.AddMinutes(plusMinutes).ToUnixTimeSeconds();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
