using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Reporting.Core.Telemetry;

/// <summary>
/// The module's own traces and metrics, all under the name "Reporting" (README, "Operating"): one
/// place that lists every instrument, so a dashboard author reads their names here. Values are what a
/// query or a load measured, never what it was asked for: no bound value, token or key goes into a tag.
/// </summary>
public static class ReportingTelemetry
{
    public const string Name = "Reporting";

    public static readonly ActivitySource Traces = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> CubeQueries = Meter.CreateCounter<long>(
        "reporting.cube.queries", "{query}", "Cube queries answered, by cube and cache (hit or miss).");

    public static readonly Histogram<double> CubeQueryDuration = Meter.CreateHistogram<double>(
        "reporting.cube.query.duration", "s", "Time to compile and run a cube query the cache did not hold, by cube.");

    public static readonly Counter<long> LoadRows = Meter.CreateCounter<long>(
        "reporting.load.rows", "{row}", "Rows committed by loads, by kind.");

    public static readonly Counter<long> LoadRejectedRows = Meter.CreateCounter<long>(
        "reporting.load.rejected_rows", "{row}", "Rows loads refused (skipped or failing the load), by kind.");

    public static readonly Histogram<double> LoadDuration = Meter.CreateHistogram<double>(
        "reporting.load.duration", "s", "Time a load took, by kind and outcome (committed or refused).");

    public static readonly Histogram<double> EbrRenderDuration = Meter.CreateHistogram<double>(
        "reporting.ebr.render.duration", "s", "Time to print an EBR pack to PDF, by outcome.");

    public static readonly Counter<long> EbrRenderFailures = Meter.CreateCounter<long>(
        "reporting.ebr.render.failures", "{render}", "EBR prints that failed after their retry.");

    public static readonly Counter<long> EbrRenderRetries = Meter.CreateCounter<long>(
        "reporting.ebr.render.retries", "{render}", "EBR prints tried a second time.");

    public static readonly Counter<long> ChromiumRestarts = Meter.CreateCounter<long>(
        "reporting.ebr.chromium.restarts", "{restart}", "Times the printing Chromium was launched again after it went away.");

    public static readonly Counter<long> AlertDeliveries = Meter.CreateCounter<long>(
        "reporting.alert.deliveries", "{delivery}", "Alert webhook deliveries, by outcome (delivered or failed).");

    public static readonly Counter<long> EmbedRefusals = Meter.CreateCounter<long>(
        "reporting.embed.refusals", "{request}", "Embed requests refused, by status and the claim or parameter at fault.");
}
