using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reporting.Core.Delivery;
using Reporting.Tests.Pdf;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// "Send a test to me" through the API, composed by the server and sent over real SMTP: the message
/// arrives once, its tables and its PDF (read back with pdftotext) hold the numbers /api/kpis gives the
/// recipient, and its one-click unsubscribe link works. Lee's book is Bolt A2 (first quarter NPS 33.3 of 6).
/// </summary>
public sealed class SentMailTests(MailSite mail) : IClassFixture<MailSite>
{
    private const string FirstQuarter = "from=2026-01-01&to=2026-03-31";


    [Fact]
    public async Task A_digest_test_reaches_lee_once_with_his_numbers_in_the_mail_and_the_pdf_and_unsubscribes_in_one_click()
    {
        using var lee = await mail.Site.As(TeamSite.Lee);
        var id = await SubscriptionApiTests.CreateAsync(lee, SubscriptionApiTests.Digest("Lee's quarter", TeamSite.Lee));
        var before = mail.Smtp.Messages().Count;

        var refused = await lee.PostAsJsonAsync($"/api/subscriptions/{id}/test", new { to = TeamSite.Kim });
        var sent = await (await lee.PostAsJsonAsync($"/api/subscriptions/{id}/test", new { })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("to", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());

        Assert.Equal("sent", sent[0].GetProperty("status").GetString());
        var message = Assert.Single(mail.Smtp.Messages().Skip(before));
        Assert.Equal(TeamSite.Lee, message.To.Mailboxes.Single().Address);
        Assert.Equal("Lee's quarter: Overview, Jan 2026 – Mar 2026", message.Subject);
        var expected = await ShownKpis.ReadAsync(lee, mail.Site.Factory.Services, FirstQuarter);
        var tiles = DigestContentTests.Rows(message.HtmlBody ?? "", "tiles");
        Assert.Equal("33.3", tiles["NPS"][1]);
        Assert.Equal(expected["csat"], tiles["CSAT"][1]);
        Assert.Contains("http://localhost/dashboards/overview?from=2026-01-01&to=2026-03-31&grain=month", message.TextBody);
        var pdf = await SavedPdf(message, "dashboard-overview-2026-01-01-2026-03-31.pdf");
        Assert.Matches(new Regex(@"^\s*" + Regex.Escape(expected["nps"]) + @"\s{2,}" + Regex.Escape(expected["passive_share"]) + @"\s{2,}" + Regex.Escape(expected["csat"]), RegexOptions.Multiline), Poppler.Text(pdf, layout: true));

        var unsubscribe = new Uri((message.Headers["List-Unsubscribe"] ?? "").Trim('<', '>'));
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        using var mailClient = mail.Site.Factory.CreateAnonymousClient();
        var clicked = await mailClient.PostAsync(unsubscribe.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal([TeamSite.Lee], mail.Site.Factory.Services.GetRequiredService<SubscriptionStore>().Unsubscribed(id));
    }

    [Fact]
    public async Task A_pack_test_carries_the_accounts_ebr_pdf_whose_headline_is_the_mails_and_the_kpi_apis()
    {
        using var lee = await mail.Site.As(TeamSite.Lee);
        var id = await SubscriptionApiTests.CreateAsync(lee, new
        {
            name = "Bolt's pack",
            content = new { kind = "account-pack", accountId = "A2", period = "last-3-months" },
            recipients = new[] { new { kind = "member", value = TeamSite.Lee } },
            schedule = new { kind = "before-renewal", daysBefore = 30, timeZone = "UTC", sendAt = "08:00" },
        });
        var before = mail.Smtp.Messages().Count;

        await lee.PostAsJsonAsync($"/api/subscriptions/{id}/test", new { to = TeamSite.Lee });

        var message = Assert.Single(mail.Smtp.Messages().Skip(before));
        var expected = await ShownKpis.ReadAsync(lee, mail.Site.Factory.Services, "account=A2&" + FirstQuarter);
        var headline = DigestContentTests.Rows(message.HtmlBody ?? "", "headline");
        Assert.Equal("33.3", headline["NPS"][1]);
        var pdf = await SavedPdf(message, "ebr-A2-2026-01-01-2026-03-31.pdf");
        var summary = Poppler.Text(pdf, layout: true, first: 2, last: 2);
        Assert.Matches(new Regex(@"^\s*" + Regex.Escape(headline["NPS"][1]) + @"\s{2,}" + Regex.Escape(headline["CSAT"][1]), RegexOptions.Multiline), summary);
        Assert.Equal(expected["nps"], headline["NPS"][1]);
        Assert.Contains("http://localhost/accounts/A2", message.TextBody);
        var deliveries = await lee.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{id}");
        var row = Assert.Single(deliveries.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("sent", 1, "A2"), (row.GetProperty("status").GetString(), row.GetProperty("attempts").GetInt32(), row.GetProperty("accountId").GetString()));
    }

    private async Task<string> SavedPdf(MimeMessage message, string name)
    {
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(name, attachment.FileName);
        var file = Path.Combine(mail.Site.Factory.Directory, Guid.NewGuid().ToString("N") + ".pdf");
        await using (var stream = File.Create(file))
        {
            await attachment.Content!.DecodeToAsync(stream);
        }
        return file;
    }
}
