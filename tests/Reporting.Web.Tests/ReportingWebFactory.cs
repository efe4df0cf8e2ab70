using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Storage;

namespace Reporting.Web.Tests;

/// <summary>
/// The real server over a real DuckDB file in a temporary folder of its own, removed on dispose.
/// Settings are passed as "Reporting:*" configuration, as an operator would.
/// </summary>
public sealed class ReportingWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ReportingWebFactory(Dictionary<string, string?>? settings = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("reporting-web-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "data", "reporting.duckdb");
        this.settings = new Dictionary<string, string?>
        {
            ["Reporting:Database"] = DatabasePath,
            ["Reporting:SeedAccounts"] = "6",
            ["Reporting:SeedMonths"] = "3",
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
