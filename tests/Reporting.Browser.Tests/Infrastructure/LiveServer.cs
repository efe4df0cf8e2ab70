using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Seed;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel (a free port on the loopback), over a DuckDB file seeded with demo data in
/// a temporary folder of its own, removed on dispose. A browser reaches it over real HTTP. The server
/// does not seed: the file is seeded through the seed library before it starts, as ./run.sh does.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    /// <summary>Small enough to seed in seconds, big enough for every segment, tier and priority to show up.</summary>
    public const int SeedAccounts = 24;

    public const int SeedMonths = 12;

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-browser-tests-").FullName;

    private readonly int port;

    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? testServices;

    private readonly (int Accounts, int Months) seed;

    /// <param name="settings">More settings, over the defaults (e.g. a sign-in provider's).</param>
    /// <param name="port">The port to listen on, when something must know it before the server starts.</param>
    /// <param name="testServices">Services only the tests add.</param>
    /// <param name="seed">How much demo data: <see cref="SeedAccounts"/> × <see cref="SeedMonths"/> unless given.</param>
    /// <param name="database">Where the data lives when not a DuckDB file of the server's own (a new chdb: database).</param>
    public LiveServer(IReadOnlyDictionary<string, string?>? settings = null, int? port = null, Action<IServiceCollection>? testServices = null,
        (int Accounts, int Months)? seed = null, string? database = null)
    {
        DatabasePath = database ?? Path.Combine(folder, "reporting.duckdb");
        this.seed = seed ?? (SeedAccounts, SeedMonths);
        this.port = port ?? FreePort();
        this.settings = settings ?? new Dictionary<string, string?>();
        this.testServices = testServices;
        UseKestrel(this.port);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        Session = AdminSession.Start(Services.GetRequiredService<Reporting.Core.Storage.ReportingDatabase>(), BaseAddress);
    }

    /// <summary>
    /// The same server under another name: what /embed-demo is opened from, as a portal on an origin of
    /// its own, while it frames embeds from <see cref="EmbedOrigin"/>.
    /// </summary>
    public string PortalOrigin => $"http://localhost:{port}";

    public string EmbedOrigin => $"http://127.0.0.1:{port}";

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The admin's session, which the browser's contexts and <see cref="Api"/> carry.</summary>
    public AdminSession Session { get; }

    /// <summary>An HTTP client of the same server, signed in as the admin, to ask the API what the pages should show.</summary>
    public HttpClient Api => Session.Api;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        using (var database = Reporting.Core.Storage.ReportingDatabase.Open(DatabasePath))
        {
            DemoDataSeeder.Seed(database, new SeedOptions { Accounts = seed.Accounts, Months = seed.Months });
        }
        return base.CreateHost(builder);
    }

    private string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Reporting:Database", DatabasePath);
        builder.UseSetting("Reporting:Embed:AllowedOrigins:0", PortalOrigin);
        builder.UseSetting("Reporting:Embed:DemoFrameOrigin", EmbedOrigin);
        // Deliveries only where a test turns them on.
        builder.UseSetting("Reporting:Delivery:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>A port free now; the embed settings must name it before the server starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Api.Dispose();
        }
        base.Dispose(disposing);
        if (disposing && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
