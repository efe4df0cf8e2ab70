namespace Reporting.Web.Tests.SignIn;

/// <summary>A clock a test moves on by hand, to see a session expire without waiting for it.</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
