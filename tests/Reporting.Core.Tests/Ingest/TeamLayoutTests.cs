using Reporting.Core.Access;
using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>
/// The team loads like every kind, all or nothing, each refusal naming file, line, column and value;
/// the file is the whole team, and passwords stay with the members who stay.
/// </summary>
public sealed class TeamLayoutTests : IDisposable
{
    private const string Header = "email,name,role,manager_email";

    private const string AllMembers = "SELECT email, name, role, manager_email FROM dim_team_member ORDER BY email";

    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly IngestFixture fixture = new();

    [Fact]
    public void A_good_file_loads_every_member_with_emails_trimmed_and_lower_case()
    {
        var path = fixture.Write("team.csv", $"""
            {Header}
            " Ada@Example.COM ",Ada Admin,admin,
            lea@example.com,Lea Leader,Leader,
            ana@example.com,Ana Csm,csm,LEA@example.com
            bo@example.com,Bo Csm,CSM,ana@example.com
            vi@example.com,Vi Viewer,viewer,

            """);

        var report = IngestFixture.Committed(fixture.Load(FactKind.Team, path));

        Assert.Equal((5L, 5L, 0L, 0L), (report.RowsRead, report.Inserted, report.Replaced, report.Removed));
        Assert.Equal(
            [
                "ada@example.com|Ada Admin|admin|∅",
                "ana@example.com|Ana Csm|csm|lea@example.com",
                "bo@example.com|Bo Csm|csm|ana@example.com",
                "lea@example.com|Lea Leader|leader|∅",
                "vi@example.com|Vi Viewer|viewer|∅",
            ],
            fixture.Rows(AllMembers));
    }

    [Fact]
    public void Every_bad_row_is_named_by_file_line_column_and_value_and_nothing_loads()
    {
        var path = fixture.Write("team.csv", $"""
            {Header}
            ada@example.com,Ada,admin,
            not-an-email,Nobody,csm,
            ana@example.com,Ana,owner,
            bo@example.com,Bo,csm,zed@example.com
            cy@example.com,Cy,csm,CY@example.com
            ADA@example.com ,Ada Again,viewer,

            """);

        var report = fixture.Load(FactKind.Team, path);

        Assert.False(report.Committed);
        Assert.Equal(
            [
                $"{path}:3: column 'email' value 'not-an-email': is not an e-mail address (name@domain)",
                $"{path}:4: column 'role' value 'owner': must be one of admin, leader, csm, viewer",
                $"{path}:5: column 'manager_email' value 'zed@example.com': names no member of the team (a manager must be a row of the file too)",
                $"{path}:6: column 'manager_email' value 'CY@example.com': a member cannot be their own manager",
                $"{path}:7: column 'email' value 'ada@example.com': repeats the key (email) of an earlier row (line 2)",
            ],
            report.Errors.Select(e => e.ToString()));
        Assert.Empty(fixture.Rows(AllMembers));
    }

    [Fact]
    public void A_new_team_file_replaces_the_team_and_drops_only_the_passwords_of_members_gone()
    {
        IngestFixture.Committed(fixture.Load(FactKind.Team, fixture.Write("team.csv", $"""
            {Header}
            ada@example.com,Ada,admin,
            ana@example.com,Ana,csm,ada@example.com
            bo@example.com,Bo,csm,ada@example.com

            """)));
        var credentials = new Credentials(fixture.Database);
        credentials.SetPassword("ada@example.com", "ada's long password", Noon);
        credentials.SetPassword("bo@example.com", "bo's long password!", Noon);

        var report = IngestFixture.Committed(fixture.Load(FactKind.Team, fixture.Write("team2.csv", $"""
            {Header}
            Ada@Example.com,Ada Lovelace,admin,
            cy@example.com,Cy,csm,ada@example.com

            """)));

        Assert.Equal((1L, 1L, 2L), (report.Inserted, report.Replaced, report.Removed));
        Assert.Equal(["ada@example.com|Ada Lovelace|admin|∅", "cy@example.com|Cy|csm|ada@example.com"], fixture.Rows(AllMembers));
        Assert.Equal(["ada@example.com"], fixture.Rows("SELECT email FROM team_credential ORDER BY email"));
        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ada@example.com", "ada's long password", Noon));
    }

    [Fact]
    public void A_refused_team_file_leaves_the_team_and_its_passwords_as_they_were()
    {
        IngestFixture.Committed(fixture.Load(FactKind.Team, fixture.Write("team.csv", $"{Header}\nada@example.com,Ada,admin,\n")));
        new Credentials(fixture.Database).SetPassword("ada@example.com", "ada's long password", Noon);

        var report = fixture.Load(FactKind.Team, fixture.Write("team2.csv", $"{Header}\nbo@example.com,Bo,boss,\n"));

        Assert.False(report.Committed);
        Assert.Equal(["ada@example.com|Ada|admin|∅"], fixture.Rows(AllMembers));
        Assert.Equal(["ada@example.com"], fixture.Rows("SELECT email FROM team_credential"));
    }

    [Fact]
    public void A_member_without_a_manager_needs_none_even_when_no_e_mail_of_the_file_is_valid()
    {
        var path = fixture.Write("team.csv", $"{Header}\nnope,Nobody,admin,\n");

        var error = Assert.Single(fixture.Load(FactKind.Team, path).Errors);

        Assert.Equal($"{path}:2: column 'email' value 'nope': is not an e-mail address (name@domain)", error.ToString());
    }

    [Fact]
    public void A_loop_of_managers_names_each_member_in_it_and_nobody_outside_it()
    {
        var path = fixture.Write("team.csv", $"""
            {Header}
            lea@example.com,Lea,leader,
            ana@example.com,Ana,csm,cy@example.com
            bo@example.com,Bo,csm,ana@example.com
            cy@example.com,Cy,csm,bo@example.com
            di@example.com,Di,csm,ana@example.com

            """);

        var report = fixture.Load(FactKind.Team, path);

        Assert.Equal(
            [
                $"{path}:3: column 'manager_email' value 'cy@example.com': makes a loop of managers: following them leads back to this member",
                $"{path}:4: column 'manager_email' value 'ana@example.com': makes a loop of managers: following them leads back to this member",
                $"{path}:5: column 'manager_email' value 'bo@example.com': makes a loop of managers: following them leads back to this member",
            ],
            report.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_team_never_loads_in_part()
    {
        var path = fixture.Write("team.csv", $"{Header}\nada@example.com,Ada,admin,\nbo@example.com,Bo,boss,\n");

        var report = fixture.Load(FactKind.Team, path, o => o with { SkipInvalid = true });

        Assert.False(report.Committed);
        Assert.Equal("option --skip-invalid value 'true': a team file is the whole team: it loads whole or not at all", Assert.Single(report.Errors).ToString());
        Assert.Empty(fixture.Rows(AllMembers));
    }

    [Fact]
    public void A_file_without_a_required_column_names_it()
    {
        var path = fixture.Write("team.csv", "email,name\nada@example.com,Ada\n");

        var error = Assert.Single(fixture.Load(FactKind.Team, path).Errors);

        Assert.Equal($"{path}:1: column 'role': required column is missing (the team layout needs it)", error.ToString());
    }

    [Fact]
    public void Accounts_whose_csm_names_no_member_are_named_in_the_notes_of_both_loads()
    {
        // accounts.csv: A1 and A3 are Dana's, A2 is Lee's.
        IngestFixture.Committed(fixture.LoadAccounts());
        var team = IngestFixture.Committed(fixture.Load(FactKind.Team, fixture.Write("team.csv", $"{Header}\ndana@example.com,DANA ,csm,\n")));
        var accounts = IngestFixture.Committed(fixture.LoadAccounts());

        const string Note = "accounts name CSMs who are no team member: 'Lee' (1 account); only admins, leaders and viewers see those accounts (add them to the team file or correct the accounts' csm)";
        Assert.Equal([Note], team.Notes);
        Assert.Equal([Note], accounts.Notes);
    }

    [Fact]
    public void Without_a_team_or_with_every_csm_a_member_there_is_no_note()
    {
        Assert.Empty(IngestFixture.Committed(fixture.LoadAccounts()).Notes);

        var team = IngestFixture.Committed(fixture.Load(FactKind.Team, fixture.Write("team.csv", $"{Header}\nlee@example.com,Lee,csm,\ndana@example.com,Dana,csm,\n")));

        Assert.Empty(team.Notes);
    }

    public void Dispose() => fixture.Dispose();
}
