using Reporting.Tests.Fixtures.Smtp;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// The KPI fixture's team site on 6 April 2026 (so "last-3-months" is the first quarter), sending its
/// mail to a real SMTP server on loopback; links in mail start with http://localhost/ (the test server).
/// </summary>
public sealed class MailSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 4, 6, 6, 0, 0, TimeSpan.Zero);

    public MailSite()
    {
        Smtp = SmtpSink.Start();
        var settings = Settings(Smtp);
        settings["Reporting:Smtp:From"] = "Reports <reports@cs.example.com>";
        settings["Reporting:Delivery:BaseUrl"] = "http://localhost/";
        settings["Reporting:Delivery:MaxAttempts"] = "1";
        Site = TeamSite.On(new FixedClock(Now), settings);
    }

    /// <summary>Mail to <paramref name="smtp"/>, in plain SMTP on loopback.</summary>
    public static Dictionary<string, string?> Settings(SmtpSink smtp) => new()
    {
        ["Reporting:Smtp:Host"] = "127.0.0.1",
        ["Reporting:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Reporting:Smtp:StartTls"] = "None",
    };

    public SmtpSink Smtp { get; }

    public TeamSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        Smtp.Dispose();
    }
}
