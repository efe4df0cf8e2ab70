using Reporting.DuckDb;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Access;
using Reporting.Core.Dashboards;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;

namespace Reporting.Web.Tests.Access;

/// <summary>
/// Two servers on the same demo seed (12 accounts, 3 months, its team) and the same day: the whole
/// data, where a CSM signs in, and the same data pruned to that CSM's book, where an admin signs in.
/// Whatever the CSM reads on the first must be exactly what the admin reads on the second, and must
/// hold nothing of the other accounts (<see cref="Markers"/>). On DuckDB by default; a subclass names
/// another engine.
/// </summary>
public class LeakSite : IDisposable
{
    /// <summary>Priya Raman manages Kenji Sato in the demo team: her book holds a report's accounts too.</summary>
    public const string Csm = "priya.raman@cs.example.com";

    private static readonly FixedClock Day = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));

    private static readonly Dictionary<string, string?> Seed = new() { ["Tests:SeedAccounts"] = "12", ["Tests:SeedMonths"] = "3" };

    public LeakSite()
        : this(null)
    {
    }

    /// <summary>Both servers on <paramref name="location"/>'s engine, each with a database of its own (null: DuckDB files).</summary>
    protected LeakSite(Func<string>? location)
    {
        Full = new ReportingWebFactory(Settings(location), Day);
        Pruned = new ReportingWebFactory(Settings(location), Day);
        Anonymous = Full.CreateAnonymousClient();
        var database = Full.Database;
        var team = new TeamDirectory(database);
        using (AccessScope.Enter(team.ScopeOf(Csm)))
        {
            OwnAccounts = Column(database, "SELECT account_id FROM dim_account ORDER BY 1");
        }
        Others = Column(database, "SELECT account_id FROM dim_account WHERE account_id NOT IN (SELECT unnest($1::VARCHAR[])) ORDER BY 1", OwnAccounts);
        Markers = OwnMarkersRemoved(database);
        new Credentials(database).SetPassword(Csm, TeamSignIn.Password, DateTimeOffset.UtcNow);
        AccountPruner.KeepOnly(Pruned.Database, OwnAccounts);
        // The pruned rows reach a warehouse as a load's would: a new data version, published at start-up.
        using (var pruned = Pruned.Database.Connect())
        {
            DataVersion.Bump(pruned);
        }
        WarehouseWrites.Synchronize(Pruned.Database);
        Dashboards = Full.Services.GetRequiredService<DashboardCatalog>().Dashboards.Select(d => d.Id).ToList();
        Routes = Full.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    public ReportingWebFactory Full { get; }

    public ReportingWebFactory Pruned { get; }

    public HttpClient Anonymous { get; }

    /// <summary>The CSM's accounts: theirs and their report's.</summary>
    public IReadOnlyList<string> OwnAccounts { get; }

    /// <summary>Every other account.</summary>
    public IReadOnlyList<string> Others { get; }

    /// <summary>Text that only the other accounts' data holds: their ids, names and CSMs.</summary>
    public IReadOnlyList<string> Markers { get; }

    public IReadOnlyList<string> Dashboards { get; }

    public IReadOnlyList<RouteEndpoint> Routes { get; }

    /// <summary>Another account's CSM, as the filters name CSMs.</summary>
    public string OtherCsm => Markers.First(m => !m.StartsWith("ACC-", StringComparison.Ordinal) && m.Contains(' ', StringComparison.Ordinal));

    public void Dispose()
    {
        Anonymous.Dispose();
        Full.Dispose();
        Pruned.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string?> Settings(Func<string>? location) =>
        location is null ? new(Seed) : new(Seed) { ["Reporting:Database"] = location() };

    private IReadOnlyList<string> OwnMarkersRemoved(ReportingDatabase database)
    {
        const string Values = "SELECT DISTINCT v FROM (SELECT unnest([account_id, name, csm]) AS v FROM dim_account WHERE account_id {0} (SELECT unnest($1::VARCHAR[]))) WHERE v IS NOT NULL";
        var own = Column(database, string.Format(System.Globalization.CultureInfo.InvariantCulture, Values, "IN"), OwnAccounts);
        // A marker inside one of the CSM's own values would be found where it belongs.
        return Column(database, string.Format(System.Globalization.CultureInfo.InvariantCulture, Values, "NOT IN"), OwnAccounts)
            .Where(m => m.Length >= 4 && !own.Any(o => o.Contains(m, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static IReadOnlyList<string> Column(ReportingDatabase database, string sql, params object?[] parameters)
    {
        using var connection = database.Connect();
        var rows = connection.Query(sql, parameters);
        return Enumerable.Range(0, rows.RowCount).Select(i => (string)rows.Columns[0].GetValue(i)!).ToList();
    }
}

/// <summary>The same two servers on embedded ClickHouse: every route's facts come from the warehouse.</summary>
public sealed class LeakSiteOnClickHouse() : LeakSite(Reporting.Tests.Chdb.TestWarehouses.NewLocation);
