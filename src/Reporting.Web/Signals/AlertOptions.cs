using System.ComponentModel.DataAnnotations;
using Reporting.Core.Alerts;

namespace Reporting.Web.Signals;

/// <summary>
/// Section "Reporting:Alerts": the monitor that opens missing detractor cases, judges the signals of every
/// account and POSTs newly fired ones to the webhooks. Webhook URLs may carry tokens: set them from the
/// environment (Reporting__Alerts__Webhooks__0=https://…).
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Reporting:Alerts";

    /// <summary>Run the monitor (at start-up, then every <see cref="IntervalMinutes"/> when the data or the day changed).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 24 * 60)]
    public int IntervalMinutes { get; set; } = 15;

    /// <summary>Give every detractor answer without a case one, opened automatically (Reporting.Core/ClosedLoop).</summary>
    public bool OpenDetractorCases { get; set; } = true;

    /// <summary>Where alerts are POSTed (JSON); none: signals are recorded for the Alerts page only.</summary>
    public Uri[] Webhooks { get; set; } = [];

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 4;

    [Range(0, 3600)]
    public double InitialBackoffSeconds { get; set; } = 2;

    [Range(1, 10)]
    public double BackoffFactor { get; set; } = 2;

    [Range(0.1, 300)]
    public double TimeoutSeconds { get; set; } = 10;

    public WebhookSettings ToSettings() => new(Webhooks)
    {
        MaxAttempts = MaxAttempts,
        InitialBackoff = TimeSpan.FromSeconds(InitialBackoffSeconds),
        BackoffFactor = BackoffFactor,
        Timeout = TimeSpan.FromSeconds(TimeoutSeconds),
    };
}
