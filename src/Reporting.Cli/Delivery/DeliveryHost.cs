using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Documents.Delivery;

namespace Reporting.Cli.Delivery;

/// <summary>
/// The server's delivery engine without the server: the command line's services (<see cref="CliServices"/>),
/// then AddReportingDelivery with Reporting:Smtp / Reporting:Delivery from the environment
/// (Reporting__Smtp__Host …), the command's options winning, and the server's message composer
/// (AddReportingDeliveryComposer): the same mail and PDFs as the server sends. DuckDB lets one process
/// hold the file: while another holds it (a second `deliver`, the server) this waits, up to <see cref="LockWait"/>.
/// </summary>
internal static class DeliveryHost
{
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    /// <summary>Registers the composer for tests that run the command line in-process (the server's composer otherwise).</summary>
    internal static Action<IServiceCollection>? ComposerForTests { get; set; }

    /// <summary>Settings tests that run in-process give (short retry waits), as the environment would.</summary>
    internal static IReadOnlyDictionary<string, string?>? SettingsForTests { get; set; }

    public static IHost Open(string database, IReadOnlyDictionary<string, string?> settings, Action<string> waiting)
    {
        var merged = new Dictionary<string, string?>(SettingsForTests ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            merged[key] = value;
        }
        return CliServices.Open(database, merged, AddDelivery, host => WaitForTheFile(host, waiting));
    }

    private static void AddDelivery(IHostApplicationBuilder builder)
    {
        var delivery = builder.Configuration.GetSection("Reporting:Delivery").Get<DeliverySettings>() ?? new DeliverySettings();
        var smtp = builder.Configuration.GetSection("Reporting:Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        builder.Services.AddReportingDelivery(delivery, smtp);
        ComposerForTests?.Invoke(builder.Services);
        if (!builder.Services.Any(s => s.ServiceType == typeof(IDeliveryComposer)))
        {
            builder.AddReportingDeliveryComposer();
        }
    }

    /// <summary>Opens the database, retrying while another process (or run) holds the file.</summary>
    private static void WaitForTheFile(IHost host, Action<string> waiting)
    {
        var deadline = DateTime.UtcNow + LockWait;
        var told = false;
        while (true)
        {
            try
            {
                host.Services.GetRequiredService<ReportingDatabase>();
                return;
            }
            catch (Exception e) when (IsHeld(e) && DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    waiting($"The database is in use by another process; waiting up to {LockWait.TotalSeconds:0} s for it.");
                    told = true;
                }
                Thread.Sleep(250);
            }
        }
    }

    private static bool IsHeld(Exception e) =>
        (e is System.Data.Common.DbException && e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        || (e is InvalidOperationException && e.Message.Contains("already open in this process", StringComparison.Ordinal));
}
