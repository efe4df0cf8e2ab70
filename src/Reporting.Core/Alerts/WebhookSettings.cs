namespace Reporting.Core.Alerts;

/// <summary>
/// Where alerts go and how hard to try: each webhook gets up to <see cref="MaxAttempts"/> POSTs, waiting
/// <see cref="InitialBackoff"/> after the first failure and <see cref="BackoffFactor"/> times longer after
/// each next one; an attempt that takes longer than <see cref="Timeout"/> failed.
/// </summary>
public sealed record WebhookSettings(IReadOnlyList<Uri> Webhooks)
{
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(2);

    public double BackoffFactor { get; init; } = 2;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before attempt <paramref name="attempt"/> (2, 3, …): initial × factor^(attempt − 2).</summary>
    public TimeSpan Backoff(int attempt) => InitialBackoff * Math.Pow(BackoffFactor, attempt - 2);
}
