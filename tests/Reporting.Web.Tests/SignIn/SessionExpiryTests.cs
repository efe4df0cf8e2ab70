using System.Net;

namespace Reporting.Web.Tests.SignIn;

/// <summary>A session ends when unused for Reporting:Auth:SessionIdle, at SessionMax however busy, and when its member leaves the team.</summary>
public sealed class SessionExpiryTests : IDisposable
{
    private readonly MovableClock clock = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));

    private readonly TeamSite site;

    public SessionExpiryTests() => site = TeamSite.On(clock);

    [Fact]
    public async Task An_idle_session_ends_after_eight_hours()
    {
        using var client = await site.As(TeamSite.Leader);

        clock.Now += TimeSpan.FromHours(7.9);
        var within = (await client.GetAsync("/api/dashboards")).StatusCode;
        clock.Now += TimeSpan.FromHours(8.1);
        var after = (await client.GetAsync("/api/dashboards")).StatusCode;

        // The request at 7.9 h slid the session on, so it was the 8.1 h of silence after it that ended it.
        Assert.Equal(HttpStatusCode.OK, within);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task A_busy_session_ends_twenty_four_hours_after_sign_in()
    {
        using var client = await site.As(TeamSite.Leader);

        var statuses = new List<HttpStatusCode>();
        for (var hour = 6; hour <= 30; hour += 6)
        {
            clock.Now = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero).AddHours(hour);
            statuses.Add((await client.GetAsync("/api/dashboards")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
    }

    [Fact]
    public async Task A_member_removed_from_the_team_loses_access_on_the_next_request()
    {
        using var client = await site.As(TeamSite.Ng);
        var before = (await client.GetAsync("/api/kpis")).StatusCode;

        site.Factory.Database.RemoveMember(TeamSite.Ng);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kpis")).StatusCode);
    }

    public void Dispose() => site.Dispose();
}
