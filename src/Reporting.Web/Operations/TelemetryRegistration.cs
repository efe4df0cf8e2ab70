using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Reporting.Core.Telemetry;

namespace Reporting.Web.Operations;

/// <summary>
/// OpenTelemetry for the server: ASP.NET Core, HttpClient and the module's own traces and metrics
/// (<see cref="ReportingTelemetry"/>); Prometheus scrapes /metrics (loopback callers only unless
/// Reporting:Metrics:AllowRemote), OTLP exports when OTEL_EXPORTER_OTLP_ENDPOINT is set (spans are recorded
/// only then, or with Reporting:Tracing:Enabled for an exporter of the host's own); JSON console logs when
/// Reporting:Logging:Json is true.
/// </summary>
public static class TelemetryRegistration
{
    public static IHostApplicationBuilder AddReportingTelemetry(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Reporting:Logging:Json"))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("reporting"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddMeter(ReportingTelemetry.Name).AddPrometheusExporter());
        // Spans cost every request something; they are recorded only when they go somewhere.
        if (otlp || builder.Configuration.GetValue<bool>("Reporting:Tracing:Enabled"))
        {
            telemetry.WithTracing(Traces);
        }
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    private static void Traces(TracerProviderBuilder tracing) => tracing
        .AddAspNetCoreInstrumentation(aspnet => aspnet.EnrichWithHttpRequest = (span, request) => span.SetTag("url.path", TelemetryRedaction.Path(request.Path)))
        .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = (span, request) => span.SetTag("url.full", TelemetryRedaction.Url(request.RequestUri)))
        .AddSource(ReportingTelemetry.Name);

    /// <summary>GET /metrics in Prometheus's text format; anyone but a loopback caller gets 404 unless remote scraping is allowed.</summary>
    public static WebApplication UseReportingMetrics(this WebApplication app)
    {
        var allowRemote = app.Configuration.GetValue<bool>("Reporting:Metrics:AllowRemote");
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == "/metrics" && (allowRemote || IsLoopback(context.Connection.RemoteIpAddress)));
        return app;
    }

    /// <summary>No address is an in-process caller (the test host), which is as local as loopback.</summary>
    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
