using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Reporting.Documents.Cube;
using Reporting.Documents.Kpis;
using Reporting.Web.Signals;
using Reporting.Web.Storage;

namespace Reporting.Bench;

/// <summary>The module's services without the web server, over one database: storage, cube, KPIs and signals, alerts off.</summary>
internal static class ReportingHost
{
    /// <summary>A builder to add more services to; <paramref name="settings"/> add to or override the defaults.</summary>
    public static HostApplicationBuilder Builder(string database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        var configuration = new Dictionary<string, string?>
        {
            ["Reporting:Database"] = database,
            ["Reporting:Alerts:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddReportingStorage();
        builder.AddReportingCube();
        builder.AddReportingKpis();
        builder.AddReportingSignals();
        return builder;
    }
}
