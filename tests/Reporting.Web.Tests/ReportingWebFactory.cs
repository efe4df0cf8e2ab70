using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Reporting.Seed;

namespace Reporting.Web.Tests;

/// <summary>
/// The real server over a real DuckDB file in a temporary folder of its own, removed on dispose.
/// Settings are passed as "Reporting:*" configuration, as an operator would. The server does not seed:
/// before it starts on a missing file, the factory seeds demo data through the seed library (as
/// `reporting seed` does), <see cref="SeedAccounts"/> × <see cref="SeedMonths"/>, unless <see cref="Seed"/> is "false". The alert monitor is off
/// unless a test turns it on (it writes detractor cases, which tests counting rows do not expect); a
/// test may fix the clock the server reads "today" from. Its clients are signed in as an admin
/// (<see cref="TeamSignIn.Admin"/>, through the real sign-in form) unless made with
/// <see cref="CreateAnonymousClient"/> or <see cref="CreateClientAsync"/>.
/// </summary>
public sealed class ReportingWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The factory's own settings (not the server's): whether to seed, and how much.</summary>
    public const string Seed = "Tests:Seed";

    public const string SeedAccounts = "Tests:SeedAccounts";

    public const string SeedMonths = "Tests:SeedMonths";

    private readonly Dictionary<string, string?> settings;

    private readonly TimeProvider? clock;

    static ReportingWebFactory()
    {
        // Every page's layout watches its static files (asp-append-version); with inotify, the many
        // servers of a parallel test run exhaust the user's 128 instances and pages answer 500.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public ReportingWebFactory(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        this.clock = clock;
        Directory = System.IO.Directory.CreateTempSubdirectory("reporting-web-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "data", "reporting.duckdb");
        this.settings = new Dictionary<string, string?>
        {
            ["Reporting:Database"] = DatabasePath,
            ["Tests:SeedAccounts"] = "6",
            ["Tests:SeedMonths"] = "3",
            ["Reporting:Alerts:Enabled"] = "false",
            ["Reporting:Delivery:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public ReportingDatabase Database => Services.GetRequiredService<ReportingDatabase>();

    /// <summary>A client signed in as <see cref="TeamSignIn.Admin"/>, so that tests written before sign-in keep their meaning.</summary>
    // Synchronous, as the base's CreateClient; the test server runs the requests on the thread pool.
    public new HttpClient CreateClient() => this.CreateAdminClientAsync().GetAwaiter().GetResult();

    /// <summary>A client that has not signed in.</summary>
    public HttpClient CreateAnonymousClient() => base.CreateClient();

    /// <summary>A client signed in as <paramref name="email"/> (a member added with <see cref="TeamSignIn.AddMember"/>).</summary>
    public async Task<HttpClient> CreateClientAsync(string email)
    {
        var client = CreateAnonymousClient();
        await client.SignInAsync(email);
        return client;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        SeedMissingDatabase();
        return base.CreateHost(builder);
    }

    /// <summary>
    /// As ./run.sh does with `reporting seed`: demo data into a database file that does not exist yet,
    /// or into a new embedded ClickHouse database (chdb:DIR?database=NAME), which starts empty.
    /// </summary>
    private void SeedMissingDatabase()
    {
        var location = settings.GetValueOrDefault("Reporting:Database");
        var onClickHouse = location?.StartsWith(DatabaseLocation.EmbeddedPrefix, StringComparison.Ordinal) == true;
        if (settings.GetValueOrDefault(Seed) == "false" || string.IsNullOrEmpty(location) || (!onClickHouse && File.Exists(DatabasePath)))
        {
            return;
        }
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var database = ReportingDatabase.Open(onClickHouse ? location! : DatabasePath);
        DemoDataSeeder.Seed(database, new SeedOptions
        {
            Accounts = int.Parse(settings[SeedAccounts]!, System.Globalization.CultureInfo.InvariantCulture),
            Months = int.Parse(settings[SeedMonths]!, System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings.Where(s => !s.Key.StartsWith("Tests:", StringComparison.Ordinal)))
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
