using Reporting.Core.Access;
using Reporting.Web.SignIn.Oidc;

namespace Reporting.Web.Tests.SignIn;

public sealed class OidcRoleMappingTests
{
    private static readonly Dictionary<string, string[]> RoleGroups = new()
    {
        ["admin"] = ["cs-admins"],
        ["leader"] = ["cs-leads", "cs-directors"],
        ["viewer"] = ["finance"],
    };

    private static readonly TeamMember Csm = new("ana@example.test", "Ana", TeamRole.Csm, null);

    [Theory]
    [InlineData(new string[0], TeamRole.Csm)]
    [InlineData(new[] { "sales", "everyone" }, TeamRole.Csm)]
    [InlineData(new[] { "cs-directors" }, TeamRole.Leader)]
    [InlineData(new[] { "CS-LEADS" }, TeamRole.Leader)]
    [InlineData(new[] { "finance" }, TeamRole.Viewer)]
    [InlineData(new[] { "finance", "cs-leads" }, TeamRole.Leader)]
    [InlineData(new[] { "cs-leads", "cs-admins", "finance" }, TeamRole.Admin)]
    public void The_highest_role_a_group_grants_wins_and_without_one_the_team_role_stands(string[] groups, TeamRole expected)
    {
        Assert.Equal(expected, OidcRoleMapping.RoleOf(Csm, groups, RoleGroups));
    }

    [Fact]
    public void Without_role_groups_the_team_role_stands()
    {
        Assert.Equal(TeamRole.Csm, OidcRoleMapping.RoleOf(Csm, ["cs-admins"], new Dictionary<string, string[]>()));
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/accounts?segment=SMB", "/accounts?segment=SMB")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("accounts", "/")]
    [InlineData("/a\r\nSet-Cookie: x=1", "/")]
    public void A_sign_in_returns_only_to_a_path_of_this_site(string? returnUrl, string expected)
    {
        Assert.Equal(expected, OidcEndpoints.LocalOrHome(returnUrl));
    }
}
