using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Reporting.Web.Tests.Operations;

/// <summary>/metrics answers loopback callers; anyone else gets 404 unless Reporting:Metrics:AllowRemote is set.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", null, HttpStatusCode.OK)]
    [InlineData("::1", null, HttpStatusCode.OK)]
    [InlineData("203.0.113.7", null, HttpStatusCode.NotFound)]
    [InlineData("203.0.113.7", "true", HttpStatusCode.OK)]
    public async Task Only_loopback_scrapes_unless_allowed(string caller, string? allowRemote, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?> { ["Tests:Seed"] = "false" };
        if (allowRemote is not null)
        {
            settings["Reporting:Metrics:AllowRemote"] = allowRemote;
        }
        using var server = new ReportingWebFactory(settings);
        using var factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new CallerAt(IPAddress.Parse(caller)))));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>Every request arrives from this address, as Kestrel would say.</summary>
    private sealed class CallerAt(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following();
            });
            next(app);
        };
    }
}
