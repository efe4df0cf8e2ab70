using Reporting.DuckDb;
using Reporting.Core.Storage;
using Reporting.Tests.OidcProvider;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// Who the test provider knows and who is on the team, with the accounts each CSM looks after, so
/// that who sees what can be worked out by hand. The team rows are written here (replacing any the
/// seed wrote), and the seeded accounts are handed out to the CSMs, some by name, some by e-mail.
/// </summary>
public static class OidcTeam
{
    /// <summary>A CSM; reports to Lee. Looks after ACC-0001…0003 (named by her name).</summary>
    public static readonly OidcTestUser Ana = new("ana", "ana.csm@example.test", "Ana Csm", ["all-staff"]);

    /// <summary>A CSM; reports to Lee. Looks after ACC-0004…0005 (named by his e-mail).</summary>
    public static readonly OidcTestUser Ben = new("ben", "ben.csm@example.test", "Ben Csm", []);

    /// <summary>A leader on the team; the provider sends the e-mail in another case than the team's.</summary>
    public static readonly OidcTestUser Lee = new("lee", "Lee.Lead@Example.test", "Lee Lead", []);

    /// <summary>A CSM on the team (ACC-0006…0008), in the provider's leaders' group: signs in as a leader.</summary>
    public static readonly OidcTestUser Greta = new("greta", "greta.csm@example.test", "Greta Csm", ["all-staff", "cs-leads"]);

    /// <summary>Known to the provider, in a group that maps to a role, but not on the team.</summary>
    public static readonly OidcTestUser Olga = new("olga", "olga@elsewhere.test", "Olga Outsider", ["cs-leads"]);

    /// <summary>Known to the provider, which sends no e-mail for her.</summary>
    public static readonly OidcTestUser Nomad = new("nomad", null, "No Mail", []);

    /// <summary>Claims Ana's e-mail, which the provider says it has not verified.</summary>
    public static readonly OidcTestUser Mallory = new("mallory", "ana.csm@example.test", "Mallory", [], EmailVerified: false);

    public static readonly OidcTestUser[] ProviderUsers = [Ana, Ben, Lee, Greta, Olga, Nomad, Mallory];

    public static readonly string[] AnasAccounts = ["ACC-0001", "ACC-0002", "ACC-0003"];

    public static readonly string[] BensAccounts = ["ACC-0004", "ACC-0005"];

    public static readonly string[] GretasAccounts = ["ACC-0006", "ACC-0007", "ACC-0008"];

    public const int Accounts = 8;

    /// <summary>RoleGroups as an operator would set them.</summary>
    public static readonly Dictionary<string, string?> RoleGroupSettings = new()
    {
        ["Reporting:Auth:Oidc:RoleGroups:admin:0"] = "cs-admins",
        ["Reporting:Auth:Oidc:RoleGroups:leader:0"] = "cs-leads",
    };

    public static void Write(ReportingDatabase database)
    {
        // As a load writes: through the writer, so the server's team cache sees the change.
        using var writer = database.AcquireWriter();
        using var connection = database.Connect();
        connection.Execute("DELETE FROM dim_team_member");
        connection.Execute("""
            INSERT INTO dim_team_member (email, name, role, manager_email) VALUES
                ('lee.lead@example.test', 'Lee Lead', 'leader', NULL),
                ('ana.csm@example.test', 'Ana Csm', 'csm', 'lee.lead@example.test'),
                ('ben.csm@example.test', 'Ben Csm', 'csm', 'lee.lead@example.test'),
                ('greta.csm@example.test', 'Greta Csm', 'csm', NULL)
            """);
        connection.Execute(
            """
            UPDATE dim_account SET csm = CASE
                WHEN account_id IN (SELECT unnest($1::VARCHAR[])) THEN 'Ana Csm'
                WHEN account_id IN (SELECT unnest($2::VARCHAR[])) THEN 'ben.csm@example.test'
                ELSE 'Greta Csm' END
            """,
            AnasAccounts, BensAccounts);
    }
}
