namespace Reporting.Core.Delivery;

/// <summary>
/// Reporting:Delivery. The scheduler looks for due occurrences every <see cref="PollSeconds"/>; an
/// occurrence older than <see cref="GraceHours"/> when first seen is recorded missed. Each message is
/// tried up to <see cref="MaxAttempts"/> times, waiting <see cref="BackoffSeconds"/> after the first
/// failure and twice as long after each next. <see cref="BaseUrl"/> starts the links in messages.
/// </summary>
public sealed class DeliverySettings
{
    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 60;

    public double GraceHours { get; set; } = 24;

    public int MaxAttempts { get; set; } = 4;

    public double BackoffSeconds { get; set; } = 5;

    /// <summary>How many messages are composed and sent at once.</summary>
    public int Concurrency { get; set; } = 2;

    public Uri BaseUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>Signs unsubscribe links; empty: a random key kept in the database.</summary>
    public string? UnsubscribeSecret { get; set; }

    public TimeSpan Grace => TimeSpan.FromHours(GraceHours);

    /// <summary>The wait before attempt <paramref name="attempt"/> (2, 3, …): backoff × 2^(attempt − 2).</summary>
    public TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(BackoffSeconds * Math.Pow(2, attempt - 2));
}
