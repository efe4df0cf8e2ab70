using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Access;
using Reporting.Core.Delivery;
using Reporting.Documents.Cube;
using Reporting.Documents.Delivery;
using Reporting.Documents.Ebr;
using Reporting.Documents.Kpis;
using Reporting.Documents.Signals;
using Reporting.Documents.Storage;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// The composer as the command line registers it (the shared database, cube, KPIs, early warning and EBR
/// registrations, then AddReportingDeliveryComposer, with no HTTP at all) composes a digest with its PDF.
/// </summary>
public sealed class ComposerOffTheServerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("composer-off-server-").FullName;

    [Fact]
    public async Task A_host_without_a_server_composes_a_digest_with_its_pdf()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reporting:Database"] = Path.Combine(folder, "reporting.duckdb"),
        });
        builder.AddReportingDatabase();
        builder.AddReportingCube();
        builder.AddReportingKpis();
        builder.AddReportingEarlyWarning();
        builder.AddReportingEbr();
        builder.Services.AddReportingDelivery(new DeliverySettings(), new SmtpSettings());
        builder.AddReportingDeliveryComposer();
        using var host = builder.Build();
        var subscription = new Subscription(7, "Weekly overview", new SubscriptionContent(SubscriptionContentKind.DashboardDigest, null, null, "overview",
            new Dictionary<string, string>(), "last-3-months"), [new SubscriptionRecipient(RecipientKind.Member, "a@example.com")],
            new SubscriptionSchedule(ScheduleKind.Cron, "0 7 * * 1", "UTC", null, null, new TimeOnly(7, 0)), DeliveryChannel.Email, null, "a@example.com", DateTimeOffset.UtcNow, false);
        var job = new DeliveryJob(1, subscription, new DateTimeOffset(2026, 4, 6, 7, 0, 0, TimeSpan.Zero), "a@example.com", null, AccessScope.All,
            new Uri("http://localhost:5080/unsubscribe?token=x"));

        var message = await host.Services.GetRequiredService<IDeliveryComposer>().ComposeAsync(job, CancellationToken.None);

        Assert.IsType<DeliveryComposer>(host.Services.GetRequiredService<IDeliveryComposer>());
        Assert.Equal("Weekly overview: Overview, Jan 2026 – Mar 2026", message.Subject);
        Assert.Equal(new Uri("http://localhost:5080/dashboards/overview?from=2026-01-01&to=2026-03-31&grain=month"), message.LiveLink);
        var pdf = Assert.Single(message.Attachments);
        Assert.Equal(("dashboard-overview-2026-01-01-2026-03-31.pdf", "%PDF"), (pdf.FileName, System.Text.Encoding.ASCII.GetString(pdf.Bytes, 0, 4)));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
