using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Storage;
using Reporting.Documents.Cube;
using Reporting.Documents.Ebr;
using Reporting.Documents.Kpis;
using Reporting.Documents.Signals;
using Reporting.Documents.Storage;
using Reporting.Documents.Surveys;

namespace Reporting.Cli;

/// <summary>
/// The command line's one composition root: the server's services without the server (database, cube
/// with its cache, KPIs, early warning, survey planner, EBR packs), registered by the same AddReporting*
/// calls as Program.cs over the --db given, then the same start-up step (<see cref="DatabaseStartup"/>).
/// Nothing is started: no alert monitor, no scheduler, no HTTP. Settings come from the environment
/// (Reporting__Pdf__ChromiumPath, Reporting__Smtp__Host …); the command's own win.
/// </summary>
internal static class CliServices
{
    /// <param name="settings">The command's settings, over the environment's.</param>
    /// <param name="add">More services (the delivery engine).</param>
    /// <param name="beforeStartup">Runs on the built host before the start-up step (waiting for a database another process holds).</param>
    public static IHost Open(
        string database,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IHostApplicationBuilder>? add = null,
        Action<IHost>? beforeStartup = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables();
        // Resolved against the working folder here: the host would resolve them against the application's.
        var location = CliDatabase.Locate(database);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reporting:Database"] = location is ClickHouseServer ? database : location.ToString(),
            ["Reporting:LocalDatabase"] = location.LocalPath,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddReportingDatabase();
        builder.AddReportingCube();
        builder.AddReportingKpis();
        builder.AddReportingEarlyWarning();
        builder.AddReportingSurveys();
        builder.AddReportingEbr();
        add?.Invoke(builder);
        var host = builder.Build();
        try
        {
            beforeStartup?.Invoke(host);
            DatabaseStartup.Prepare(host.Services);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public static ReportingDatabase Database(this IHost host) => host.Services.GetRequiredService<ReportingDatabase>();

    /// <summary>Today, from the one reporting clock (the UTC date of the registered TimeProvider).</summary>
    public static DateOnly Today(this IHost host) => host.Services.GetRequiredService<ReportingClock>().Today;

    public static T Get<T>(this IHost host) where T : notnull => host.Services.GetRequiredService<T>();
}
