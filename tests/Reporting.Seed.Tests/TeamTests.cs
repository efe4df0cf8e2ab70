using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Ingest;
using Reporting.Core.Sql;
using Reporting.Core.Storage;

namespace Reporting.Seed.Tests;

/// <summary>The demo team: the roles the issue asks for, every account's CSM a member, a CSM with a report, valid as a team file.</summary>
public sealed class TeamTests(SmallSeedFixture fixture) : IClassFixture<SmallSeedFixture>
{
    private readonly SeededDatabase seeded = fixture.Seeded;

    [Fact]
    public void One_admin_two_leaders_eight_csms_and_one_viewer()
    {
        var roles = new TeamDirectory(seeded.Database).Members().CountBy(m => m.Role).OrderBy(p => p.Key).ToList();

        Assert.Equal([new(TeamRole.Admin, 1), new(TeamRole.Leader, 2), new(TeamRole.Csm, 8), new(TeamRole.Viewer, 1)], roles);
    }

    [Fact]
    public void Every_account_names_a_csm_of_the_team()
    {
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM dim_account a
            WHERE NOT EXISTS (SELECT 1 FROM dim_team_member m WHERE m.role = 'csm' AND (m.name = a.csm OR m.email = lower(a.csm)))
            """));
    }

    [Fact]
    public void Each_csm_reports_to_a_leader_directly_or_through_the_csm_who_manages_them()
    {
        var team = new TeamDirectory(seeded.Database).Members();
        var leaders = team.Where(m => m.Role == TeamRole.Leader).Select(m => m.Email).ToHashSet();
        var byEmail = team.ToDictionary(m => m.Email);

        Assert.All(team.Where(m => m.Role == TeamRole.Csm), csm =>
        {
            var manager = byEmail[csm.ManagerEmail!];
            Assert.Contains(manager.Role == TeamRole.Csm ? manager.ManagerEmail! : manager.Email, leaders);
        });
        Assert.Equal(["kenji.sato@cs.example.com"], team.Where(m => m.ManagerEmail == "priya.raman@cs.example.com").Select(m => m.Email));
    }

    [Fact]
    public void A_csm_who_manages_a_csm_reads_both_books_and_no_other()
    {
        var directory = new TeamDirectory(seeded.Database);
        var expected = seeded.Count("SELECT count(*) FROM dim_account WHERE csm IN ('Priya Raman', 'Kenji Sato')");

        using (AccessScope.Enter(directory.ScopeOf("priya.raman@cs.example.com")))
        {
            using var connection = seeded.Database.Connect();
            var csms = connection.Query("SELECT DISTINCT csm FROM dim_account ORDER BY csm").Column<string>("csm").Values.ToArray();
            Assert.Equal(expected, Convert.ToInt64(connection.Query("SELECT count(*) FROM dim_account").Scalar()));
            Assert.Subset(new HashSet<string> { "Priya Raman", "Kenji Sato" }, csms.ToHashSet());
        }
        Assert.True(expected > 0, "The small seed gives Priya Raman or Kenji Sato no account.");
    }

    [Fact]
    public void The_seeded_team_loads_as_a_team_file()
    {
        var folder = Directory.CreateTempSubdirectory("reporting-seed-team-").FullName;
        try
        {
            var path = Path.Combine(folder, "team.csv");
            seeded.Connection.Execute($"COPY (SELECT email, name, role, manager_email FROM dim_team_member ORDER BY email) TO {SqlIdentifier.Literal(path)} (HEADER)");
            using var database = ReportingDatabase.OpenInMemory();

            var report = FactLoader.Load(database, [path], new LoadOptions(FactKind.Team));

            Assert.True(report.Committed, string.Join("\n", report.Errors));
            Assert.Equal(12L, report.Inserted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
