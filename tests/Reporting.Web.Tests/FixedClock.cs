namespace Reporting.Web.Tests;

/// <summary>A clock stopped at one instant, so that "today" is the date a test is about; timers still run in real time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
