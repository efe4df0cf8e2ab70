namespace Reporting.Web.SignIn;

/// <summary>How long a sign-in lasts (section "Reporting:Auth").</summary>
public sealed class SessionOptions
{
    public const string Section = "Reporting:Auth";

    /// <summary>A session unused this long ends; each request within it extends it (sliding).</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A session ends this long after its sign-in, however busy (the absolute cap).</summary>
    public TimeSpan SessionMax { get; set; } = TimeSpan.FromHours(24);
}
