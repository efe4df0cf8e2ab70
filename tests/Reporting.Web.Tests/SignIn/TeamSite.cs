using Reporting.DuckDb;
using Reporting.Core.Access;

namespace Reporting.Web.Tests.SignIn;

/// <summary>
/// The KPI fixture (Kpis/kpi_fixture.sql: Acme A1 and Crane A3 with CSM Kim, Bolt A2 with Lee, Dyna A4
/// with Ng) and its team: an admin, a leader, a viewer, and the CSMs Kim, Lee (who reports to Kim) and Ng.
/// </summary>
public sealed class TeamSite : IDisposable
{
    public const string Leader = "leader@tests.example";
    public const string Viewer = "viewer@tests.example";
    public const string Kim = "kim@tests.example";
    public const string Lee = "lee@tests.example";
    public const string Ng = "ng@tests.example";

    public TeamSite()
        : this(null)
    {
    }

    private TeamSite(TimeProvider? clock, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["Tests:Seed"] = "false" };
        Factory = new ReportingWebFactory(all, clock);
        // The admin's client starts the server; the fixture goes in with every account visible.
        Admin = Factory.CreateClient();
        using (var connection = Factory.Database.Connect())
        {
            connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
        }
        Factory.Database.AddMember(Leader, "Lana Leader", TeamRole.Leader);
        Factory.Database.AddMember(Viewer, "Vic Viewer", TeamRole.Viewer);
        Factory.Database.AddMember(Kim, "Kim", TeamRole.Csm);
        Factory.Database.AddMember(Lee, "Lee", TeamRole.Csm, Kim);
        Factory.Database.AddMember(Ng, "Ng", TeamRole.Csm);
    }

    public ReportingWebFactory Factory { get; }

    /// <summary>The same site on a clock the test moves.</summary>
    public static TeamSite On(TimeProvider clock, Dictionary<string, string?>? settings = null) => new(clock, settings);

    public HttpClient Admin { get; }

    public Task<HttpClient> As(string email) => Factory.CreateClientAsync(email);

    public void Dispose()
    {
        Admin.Dispose();
        Factory.Dispose();
    }
}
