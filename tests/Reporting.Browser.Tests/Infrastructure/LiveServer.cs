using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel (a free port on the loopback), over a DuckDB file seeded with demo data in
/// a temporary folder of its own, removed on dispose. A browser reaches it over real HTTP.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    /// <summary>Small enough to seed in seconds, big enough for every segment, tier and priority to show up.</summary>
    public const int SeedAccounts = 24;

    public const int SeedMonths = 12;

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-browser-tests-").FullName;

    public LiveServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        Api = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A plain HTTP client of the same server, to ask the API what the pages should show.</summary>
    public HttpClient Api { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Reporting:Database", Path.Combine(folder, "reporting.duckdb"));
        builder.UseSetting("Reporting:SeedAccounts", SeedAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Reporting:SeedMonths", SeedMonths.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
