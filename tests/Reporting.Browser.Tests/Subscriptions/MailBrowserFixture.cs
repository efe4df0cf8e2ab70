using Reporting.Browser.Tests.Infrastructure;
using Reporting.Tests.Fixtures.Smtp;

namespace Reporting.Browser.Tests.Subscriptions;

/// <summary>The browser fixture on a server of its own that sends mail to a real SMTP server on loopback (the engine's aiosmtpd fixture).</summary>
public sealed class MailBrowserFixture : BrowserFixture
{
    public SmtpSink Smtp { get; } = SmtpSink.Start();

    protected override LiveServer StartServer() => new(new Dictionary<string, string?>
    {
        ["Reporting:Smtp:Host"] = "127.0.0.1",
        ["Reporting:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Reporting:Smtp:StartTls"] = "None",
        ["Reporting:Delivery:MaxAttempts"] = "1",
    });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
