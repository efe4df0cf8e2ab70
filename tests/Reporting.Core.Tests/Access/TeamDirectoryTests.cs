using Reporting.Core.Access;

namespace Reporting.Core.Tests.Access;

public sealed class TeamDirectoryTests
{
    private static readonly TeamMember Lea = new("lea@x.io", "Lea", TeamRole.Leader, null);
    private static readonly TeamMember Ana = new("ana@x.io", "Ana", TeamRole.Csm, "lea@x.io");
    private static readonly TeamMember Bo = new("bo@x.io", "Bo", TeamRole.Csm, "ana@x.io");
    private static readonly TeamMember Cy = new("cy@x.io", "Cy", TeamRole.Csm, "bo@x.io");
    private static readonly TeamMember Di = new("di@x.io", "Di", TeamRole.Csm, "lea@x.io");
    private static readonly TeamMember[] Team = [Lea, Ana, Bo, Cy, Di];

    [Fact]
    public void A_csm_book_holds_them_and_their_reports_at_any_depth_by_name_and_email()
    {
        var scope = TeamDirectory.ScopeOf(Ana, Team);

        Assert.False(scope.IsUnrestricted);
        Assert.Equal(["ana", "ana@x.io", "bo", "bo@x.io", "cy", "cy@x.io"], scope.Csms);
    }

    [Fact]
    public void Leaders_admins_and_viewers_read_every_account_viewers_without_comments()
    {
        Assert.Same(AccessScope.All, TeamDirectory.ScopeOf(Lea, Team));
        Assert.True(TeamDirectory.ScopeOf(Lea with { Role = TeamRole.Viewer }, Team) is { IsUnrestricted: true, ReadsVerbatims: false });
        Assert.Same(AccessScope.All, TeamDirectory.ScopeOf(Lea with { Role = TeamRole.Admin }, Team));
    }

    [Fact]
    public void A_loop_of_managers_ends_the_walk()
    {
        var looped = new[] { Ana with { ManagerEmail = "cy@x.io" }, Bo, Cy };

        Assert.Equal(["ana@x.io", "bo@x.io", "cy@x.io"], TeamDirectory.Book(looped[0], looped).Select(m => m.Email));
    }
}
