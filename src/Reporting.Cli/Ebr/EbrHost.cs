using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Web.Cube;
using Reporting.Web.Ebr;
using Reporting.Web.Kpis;
using Reporting.Web.Signals;
using Reporting.Web.Storage;

namespace Reporting.Cli.Ebr;

/// <summary>
/// The server's composition without the server: storage, cube (with its cache), KPIs, early
/// warning and the EBR packs, registered by the same AddReporting* calls as Program.cs, over the
/// database given. Nothing is started: no alert monitor, no first-run seeding, no HTTP.
/// </summary>
internal static class EbrHost
{
    public static IHost Open(string database, int concurrency, string? chromium = null)
    {
        var settings = new Dictionary<string, string?> { ["Reporting:Pdf:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(chromium))
        {
            settings["Reporting:Pdf:ChromiumPath"] = chromium;
        }
        var host = Builder(database, settings).Build();
        ApplySettingsTables(host);
        return host;
    }

    /// <summary>The builder with the server's storage, cube, KPIs, early warning and EBR packs; <paramref name="settings"/> win over the environment.</summary>
    public static HostApplicationBuilder Builder(string database, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        // The environment may point at Chromium (Reporting__Pdf__ChromiumPath) or SMTP; the command's own options win.
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reporting:Database"] = Path.GetFullPath(database),
            ["Reporting:SeedOnFirstRun"] = "false",
            ["Reporting:Alerts:Enabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddReportingStorage();
        builder.AddReportingCube();
        builder.AddReportingKpis();
        builder.AddReportingSignals();
        builder.AddReportingEbr();
        return builder;
    }

    /// <summary>As the server does at start-up: the SLA targets and key features reach the tables the model joins.</summary>
    public static void ApplySettingsTables(IHost host) =>
        KpiSettingsTables.Apply(host.Services.GetRequiredService<KpiCatalog>(), host.Services.GetRequiredService<ReportingDatabase>());
}
