namespace Reporting.Core.Periods;

/// <summary>
/// The one clock of the server and the command line: "today" of every report (the end of a default
/// range, the as-of date of signals and packs) is the UTC date of <see cref="TimeProvider"/>, so a test
/// that fixes the time fixes every surface's today at once.
/// </summary>
public sealed class ReportingClock(TimeProvider time)
{
    public static ReportingClock System { get; } = new(TimeProvider.System);

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
