using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Findings 4 and 8 of the hostile-input review, on tokens: times at the ends of a long (2^63 − 1,
/// −2^63), times as strings, issued after expiry, and a name given twice in the payload were a 500 or
/// were accepted; each is now a 401 naming the claim, on every surface.
/// </summary>
public sealed class EmbedTokenAttackTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    public static TheoryData<string, string, string> Payloads => new()
    {
        { $$"""{"resource":"dashboard:support","iat":{{EmbedSite.Now()}},"exp":9223372036854775807}""", "exp", "outside 1970-01-01..9999-12-31" },
        { $$"""{"resource":"dashboard:support","iat":-9223372036854775808,"exp":{{EmbedSite.Now(10)}}}""", "iat", "outside 1970-01-01..9999-12-31" },
        { $$"""{"resource":"dashboard:support","iat":{{EmbedSite.Now()}},"exp":"{{EmbedSite.Now(10)}}"}""", "exp", "whole number of seconds" },
        { $$"""{"resource":"dashboard:support","iat":{{EmbedSite.Now()}},"exp":{{EmbedSite.Now(10)}}.5}""", "exp", "whole number of seconds" },
        { $$"""{"resource":"dashboard:support","iat":{{EmbedSite.Now(5)}},"exp":{{EmbedSite.Now(1)}}}""", "iat", "after it expires" },
        { $$"""{"resource":"dashboard:support","resource":"dashboard:overview","iat":{{EmbedSite.Now()}},"exp":{{EmbedSite.Now(10)}}}""", "payload", "each name once" },
        { $$"""{"resource":"dashboard:account","filters":{"account_id":"A1","account_id":"A2"},"iat":{{EmbedSite.Now()}},"exp":{{EmbedSite.Now(10)}}}""", "payload", "each name once" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Each_is_401_naming_the_claim(string payload, string claim, string detail)
    {
        foreach (var surface in new[] { "/embed/{0}", "/embed/{0}/api/dashboards/support", "/embed/{0}/api/csv/support/frt_median_by_priority" })
        {
            var response = await site.Client.GetAsync(string.Format(surface, Signed(payload)));

            await EmbedRefusalTests.AssertRefused(response, 401, detail);
            Assert.Contains($"\"field\":\"{claim}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>The payload exactly as written (a serializer would drop a duplicate or reformat a number), signed with the current key.</summary>
    private static string Signed(string payload)
    {
        var input = Base64UrlEncoder.Encode($$"""{"alg":"HS256","kid":"{{EmbedSite.CurrentKeyId}}"}""") + "." + Base64UrlEncoder.Encode(payload);
        var signature = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(EmbedSite.CurrentSecret), Encoding.UTF8.GetBytes(input));
        return input + "." + Base64UrlEncoder.Encode(signature);
    }
}
