using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Storage;

namespace Reporting.Web.Tests;

/// <summary>
/// The real server over a real DuckDB file in a temporary folder of its own, removed on dispose.
/// Settings are passed as "Reporting:*" configuration, as an operator would. The alert monitor is off
/// unless a test turns it on (it writes detractor cases, which tests counting rows do not expect); a
/// test may fix the clock the server reads "today" from.
/// </summary>
public sealed class ReportingWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    private readonly TimeProvider? clock;

    public ReportingWebFactory(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        this.clock = clock;
        Directory = System.IO.Directory.CreateTempSubdirectory("reporting-web-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "data", "reporting.duckdb");
        this.settings = new Dictionary<string, string?>
        {
            ["Reporting:Database"] = DatabasePath,
            ["Reporting:SeedAccounts"] = "6",
            ["Reporting:SeedMonths"] = "3",
            ["Reporting:Alerts:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public ReportingDatabase Database => Services.GetRequiredService<ReportingDatabase>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
