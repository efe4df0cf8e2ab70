using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Delivery;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>/subscriptions and its form as HTML: hostile names stay text, "E-mail this" prefills, the form saves through the API's checks.</summary>
public sealed class SubscriptionPageTests(TeamSite site) : IClassFixture<TeamSite>
{
    private const string Hostile = "</script><script>alert(1)</script> \"q\" 'a' \u0001";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_hostile_name_and_error_are_text_on_the_page()
    {
        using var lee = await site.As(TeamSite.Lee);
        var id = await SubscriptionApiTests.CreateAsync(lee, SubscriptionApiTests.Digest(Hostile, TeamSite.Lee));
        var ledger = site.Factory.Services.GetRequiredService<DeliveryLedger>();
        var delivery = ledger.Claim(id, new DateTimeOffset(2026, 4, 6, 5, 0, 0, TimeSpan.Zero), TeamSite.Lee, null, DateTimeOffset.UtcNow)!.Value;
        ledger.MarkFailed(delivery, "SMTP said <b>550</b> \"no\"");

        var html = await lee.GetStringAsync("/subscriptions");
        var page = Parser.ParseDocument(html);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal(Hostile, page.QuerySelector($"tr[data-subscription='{id}'] th")!.TextContent);
        var row = page.QuerySelector($"tr[data-delivery='{delivery}']")!;
        Assert.Equal("failed", row.QuerySelector("[data-field=status]")!.TextContent);
        Assert.Equal("SMTP said <b>550</b> \"no\"", row.QuerySelector("[data-field=error]")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("table"), t => t.QuerySelectorAll("thead th[scope=col]").Length == 0);
    }

    [Fact]
    public async Task E_mail_this_on_a_dashboard_prefills_the_digest_with_its_filters_and_period()
    {
        using var lee = await site.As(TeamSite.Lee);
        var dashboard = Parser.ParseDocument(await lee.GetStringAsync("/dashboards/support?segment=SMB"));
        var link = dashboard.QuerySelector("[data-testid=email-this]")!.GetAttribute("href")!;

        var form = Parser.ParseDocument(await lee.GetStringAsync(link));

        Assert.StartsWith("/subscriptions/edit?kind=dashboard-digest&dashboard=support&from=", link);
        Assert.Equal("support", form.QuerySelector("#s-dashboard option[selected]")!.GetAttribute("value"));
        Assert.Equal("segment=SMB", form.QuerySelector("#s-filters")!.GetAttribute("value"));
        Assert.Equal("last-6-months", form.QuerySelector("#s-period")!.GetAttribute("value"));
        Assert.Equal(TeamSite.Lee, form.QuerySelector("#s-members")!.TextContent.Trim());
    }

    [Fact]
    public async Task E_mail_this_on_account_360_and_the_ebr_page_prefills_the_accounts_pack()
    {
        using var lee = await site.As(TeamSite.Lee);
        var account = Parser.ParseDocument(await lee.GetStringAsync("/accounts/A2"));
        var ebr = Parser.ParseDocument(await lee.GetStringAsync("/accounts/A2/ebr"));
        var link = account.QuerySelector("[data-testid=email-pack]")!.GetAttribute("href")!;

        var form = Parser.ParseDocument(await lee.GetStringAsync(link));

        Assert.Equal(link, ebr.QuerySelector("[data-testid=email-this]")!.GetAttribute("href"));
        Assert.Equal("account-pack", form.QuerySelector("#s-kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("A2", form.QuerySelector("#s-account option[selected]")!.GetAttribute("value"));
        Assert.True(form.QuerySelector("input[name='Form.ContactRoles'][value=executive]")!.HasAttribute("checked"));
        Assert.Null(form.QuerySelector("#s-account option[value=A4]"));
    }

    [Fact]
    public async Task The_form_refuses_another_csms_account_naming_the_field_and_saves_a_good_one()
    {
        using var lee = await site.As(TeamSite.Lee);
        var token = await lee.AntiforgeryTokenAsync("/subscriptions/edit");
        Dictionary<string, string> Form(string account) => new()
        {
            ["__RequestVerificationToken"] = token, ["Form.Name"] = "Bolt for execs", ["Form.Kind"] = "account-pack", ["Form.AccountId"] = account,
            ["Form.ContactRoles"] = "executive", ["Form.ScheduleKind"] = "before-renewal", ["Form.DaysBefore"] = "30", ["Form.TimeZone"] = "UTC", ["Form.SendAt"] = "08:00",
        };

        var refused = await lee.PostAsync("/subscriptions/edit", new FormUrlEncodedContent(Form("A4")));
        var problems = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        var saved = await lee.PostAsync("/subscriptions/edit", new FormUrlEncodedContent(Form("A2")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("content.accountId", problems.QuerySelector("[data-testid=subscription-problems] li")!.GetAttribute("data-field"));
        Assert.Equal("/subscriptions", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(site.Factory.Services.GetRequiredService<SubscriptionStore>().List(),
            s => s.Name == "Bolt for execs" && s.Content.AccountId == "A2" && s.CreatedBy == TeamSite.Lee && s.Schedule.DaysBefore == 30);
    }
}
