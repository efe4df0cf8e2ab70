using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;
using Reporting.Core.Delivery;

namespace Reporting.Browser.Tests.Subscriptions;

/// <summary>
/// /subscriptions in Chromium, as the admin, on a server that sends to a real SMTP server: create a
/// digest with the form, pause and resume it, send a test to me (the message arrives, the delivery
/// shows as sent), a failed delivery shows its error, and "E-mail this" carries a dashboard's filters.
/// </summary>
public sealed class SubscriptionsPageTests(MailBrowserFixture browser) : IClassFixture<MailBrowserFixture>
{
    [Fact]
    public async Task Create_pause_resume_and_send_a_test_to_me()
    {
        await using var page = await browser.OpenAsync("/subscriptions/edit");
        var name = "Support digest " + Guid.NewGuid().ToString("N")[..6];
        await page.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.Page.GetByLabel("Dashboard (digest)").SelectOptionAsync("support");
        await page.Page.GetByLabel("Filters (digest), as in the dashboard's address").FillAsync("segment=SMB");
        await page.Page.GetByLabel("Period").FillAsync("last-3-months");
        await page.Page.GetByLabel("Cron (minute hour day month weekday)").FillAsync("0 7 * * 1");
        await page.Page.GetByLabel("Time zone").FillAsync("Europe/Berlin");
        await page.Page.ClickAsync("[data-testid=save-subscription]");

        Assert.EndsWith("/subscriptions", new Uri(page.Page.Url).AbsolutePath);
        Assert.Equal($"Saved \"{name}\".", await page.Page.TextContentAsync("[data-testid=notice]"));
        var row = page.Page.Locator("tr[data-subscription]", new() { HasText = name });
        Assert.Equal("support digest (segment: SMB), last-3-months", await row.Locator("td").Nth(0).TextContentAsync());
        Assert.Equal("active", await row.Locator("[data-field=status]").TextContentAsync());

        await row.GetByRole(AriaRole.Button, new() { Name = $"Pause {name}" }).ClickAsync();
        Assert.Equal("paused", await row.Locator("[data-field=status]").TextContentAsync());
        await row.GetByRole(AriaRole.Button, new() { Name = $"Resume {name}" }).ClickAsync();
        Assert.Equal("active", await row.Locator("[data-field=status]").TextContentAsync());

        var before = browser.Smtp.Messages().Count;
        await row.GetByRole(AriaRole.Button, new() { Name = $"Send a test of {name} to me" }).ClickAsync();

        Assert.Equal($"Sent \"{name}\" to {AdminSession.Email}.", await page.Page.TextContentAsync("[data-testid=notice]"));
        var message = Assert.Single(browser.Smtp.Messages().Skip(before));
        Assert.StartsWith($"{name}: Support, ", message.Subject);
        Assert.Equal(AdminSession.Email, message.To.Mailboxes.Single().Address);
        var delivery = page.Page.Locator("tr[data-delivery]", new() { HasText = name }).First;
        Assert.Equal("sent", await delivery.Locator("[data-field=status]").TextContentAsync());
        await page.AssertReadableAsync();
        await page.SaveAsync("subscriptions-light");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task A_failed_delivery_shows_its_error()
    {
        var created = await browser.Server.Api.PostAsJsonAsync("/api/subscriptions", new
        {
            name = "Webhook nowhere",
            content = new { kind = "account-pack", accountId = Pages.Account },
            recipients = new[] { new { kind = "member", value = AdminSession.Email } },
            schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "UTC" },
            channel = "webhook",
            webhookUrl = "http://127.0.0.1:9/hook",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        await using var page = await browser.OpenAsync("/subscriptions");

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Send a test of Webhook nowhere to me" }).ClickAsync();

        Assert.StartsWith("Sending \"Webhook nowhere\" (ACC-0001) failed:", await page.Page.TextContentAsync("[data-testid=notice]"));
        var delivery = page.Page.Locator("tr[data-delivery]", new() { HasText = "Webhook nowhere" }).First;
        Assert.Equal("failed", await delivery.Locator("[data-field=status]").TextContentAsync());
        var stored = browser.Server.Services.GetRequiredService<SubscriptionStore>().Deliveries(null, 50).First(d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(stored.LastError, await delivery.Locator("[data-field=error]").TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(stored.LastError));
    }

    [Fact]
    public async Task E_mail_this_on_a_dashboard_opens_the_form_with_the_filters_shown()
    {
        await using var page = await browser.OpenAsync("/dashboards/support");
        await page.WaitForChartsAsync();
        var select = page.Page.Locator("form[data-filter-form] select[name='segment']");
        var segment = (await select.Locator("option:nth-child(2)").GetAttributeAsync("value"))!;
        await page.ChangeViewAsync(() => select.SelectOptionAsync(segment));

        await page.Page.ClickAsync("[data-testid=email-this]");

        Assert.EndsWith("/subscriptions/edit", new Uri(page.Page.Url).AbsolutePath);
        Assert.Equal("support", await page.Page.GetByLabel("Dashboard (digest)").InputValueAsync());
        Assert.Equal("segment=" + Uri.EscapeDataString(segment), await page.Page.GetByLabel("Filters (digest), as in the dashboard's address").InputValueAsync());
        Assert.Equal("last-6-months", await page.Page.GetByLabel("Period").InputValueAsync());
        Assert.Equal("dashboard-digest", await page.Page.GetByLabel("Content").InputValueAsync());
        page.AssertNoProblems();
    }

    [Fact]
    public async Task E_mail_the_pack_on_account_360_prefills_the_account()
    {
        await using var page = await browser.OpenAsync("/accounts/" + Pages.Account);

        await page.Page.ClickAsync("[data-testid=email-pack]");

        Assert.Equal("account-pack", await page.Page.GetByLabel("Content").InputValueAsync());
        Assert.Equal(Pages.Account, await page.Page.GetByLabel("Account (pack)").InputValueAsync());
        Assert.True(await page.Page.GetByLabel("executive").IsCheckedAsync());
        page.AssertNoProblems();
    }
}
