using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Delivery;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>The unsubscribe link: GET confirms, POST (RFC 8058 one-click, without sign-in or antiforgery) unsubscribes; a tampered token is a 400.</summary>
public sealed class UnsubscribeTests(TeamSite site) : IClassFixture<TeamSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_one_click_post_unsubscribes_the_signed_address_and_a_tampered_token_changes_nothing()
    {
        using var lee = await site.As(TeamSite.Lee);
        var id = await SubscriptionApiTests.CreateAsync(lee, SubscriptionApiTests.Digest("Hostile </script>\"name\"", TeamSite.Lee));
        var token = site.Factory.Services.GetRequiredService<UnsubscribeLinks>().Token(id, TeamSite.Lee);
        var tampered = site.Factory.Services.GetRequiredService<UnsubscribeLinks>().Token(id, TeamSite.Kim).Split('.')[0] + "." + token.Split('.')[1];
        var store = site.Factory.Services.GetRequiredService<SubscriptionStore>();
        using var mailClient = site.Factory.CreateAnonymousClient();
        var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });

        var confirm = await mailClient.GetAsync("/unsubscribe?token=" + Uri.EscapeDataString(token));
        var page = Parser.ParseDocument(await confirm.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("Hostile </script>\"name\"", page.QuerySelectorAll("main p strong")[1].TextContent);
        Assert.DoesNotContain("Hostile </script>", await (await mailClient.GetAsync("/unsubscribe?token=" + Uri.EscapeDataString(token))).Content.ReadAsStringAsync());
        Assert.Empty(store.Unsubscribed(id));

        Assert.Equal(HttpStatusCode.BadRequest, (await mailClient.PostAsync("/unsubscribe?token=" + Uri.EscapeDataString(tampered), oneClick)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await mailClient.GetAsync("/unsubscribe?token=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await mailClient.PostAsync("/unsubscribe", oneClick)).StatusCode);
        Assert.Empty(store.Unsubscribed(id));

        var done = await mailClient.PostAsync("/unsubscribe?token=" + Uri.EscapeDataString(token), oneClick);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal([TeamSite.Lee], store.Unsubscribed(id));
    }
}
