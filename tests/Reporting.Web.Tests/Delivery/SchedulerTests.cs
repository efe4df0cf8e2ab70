using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Smtp;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// The server's scheduler turned on (Reporting:Delivery:Enabled, a round every second) on Monday
/// 6 April 2026 at 06:00: a subscription due then is sent by the server on its own, once, however many
/// rounds follow.
/// </summary>
public sealed class SchedulerTests : IDisposable
{
    private readonly SmtpSink smtp = SmtpSink.Start();

    private readonly TeamSite site;

    public SchedulerTests()
    {
        var settings = MailSite.Settings(smtp);
        settings["Reporting:Delivery:Enabled"] = "true";
        settings["Reporting:Delivery:PollSeconds"] = "1";
        site = TeamSite.On(new FixedClock(MailSite.Now), settings);
    }

    [Fact]
    public async Task A_due_digest_is_sent_by_the_server_once()
    {
        using var lee = await site.As(TeamSite.Lee);
        var id = await SubscriptionApiTests.CreateAsync(lee, new
        {
            name = "Monday 06:00",
            content = new { kind = "dashboard-digest", dashboard = "overview", period = "last-3-months" },
            recipients = new[] { new { kind = "member", value = TeamSite.Lee } },
            schedule = new { kind = "cron", cron = "0 6 * * 1", timeZone = "UTC" },
        });
        var store = site.Factory.Services.GetRequiredService<SubscriptionStore>();

        // Bounded: the server polls every second; a minute is far more than a round needs.
        var sent = await Until(() => store.Deliveries(id, 10) is [{ Status: DeliveryStatus.Sent }] rows ? rows : null, 60);
        // Three more rounds (one a second) find the occurrence recorded and send nothing more.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(MailSite.Now, sent[0].Occurrence);
        Assert.Single(store.Deliveries(id, 10));
        var message = Assert.Single(smtp.Messages());
        Assert.Equal("Monday 06:00: Overview, Jan 2026 – Mar 2026", message.Subject);
    }

    private static async Task<T> Until<T>(Func<T?> probe, int seconds) where T : class
    {
        for (var i = 0; i < seconds * 4; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"nothing after {seconds} s");
    }

    public void Dispose()
    {
        site.Dispose();
        smtp.Dispose();
    }
}
