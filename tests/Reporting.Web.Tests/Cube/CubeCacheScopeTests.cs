using Reporting.DuckDb;
using Microsoft.Extensions.Options;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Kpis;
using Reporting.Documents.Cube;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// The cube cache keys on the caller's scope: A1 (Ana's, 2 tickets) and A2 (Ben's, 1 ticket) asked
/// the same question each get their own answer, also when the other's is already cached.
/// </summary>
public sealed class CubeCacheScopeTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 4, 15);
    private static readonly CubeQuery TicketsByAccount = new() { Measures = ["tickets.count"], Dimensions = ["tickets.account_id"] };

    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();
    private readonly CubeGate gate = new(Options.Create(new CubeOptions()));
    private readonly CubeCache cache;

    public CubeCacheScopeTests()
    {
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment, csm) VALUES ('A1', 'Alpha', 'SMB', 'Ana'), ('A2', 'Beta', 'SMB', 'Ben');
            INSERT INTO fact_ticket (ticket_id, account_id, priority, status, created_at) VALUES
                ('T1', 'A1', 'P3', 'open', TIMESTAMP '2026-01-01'), ('T2', 'A1', 'P3', 'open', TIMESTAMP '2026-01-02'), ('T3', 'A2', 'P3', 'open', TIMESTAMP '2026-01-03');
            """);
        var engine = new CubeEngine(SemanticModel.Load(CubeEngine.DefaultModelFolder, connection), database, KpiCatalog.DefaultLowSampleBelow);
        cache = new CubeCache(engine, gate, database, Options.Create(new CubeOptions()));
    }

    [Fact]
    public void Two_scopes_asking_the_same_query_get_their_own_answers_from_the_cache()
    {
        Assert.Equal(["A1:2", "A2:1"], Ask(AccessScope.All));
        Assert.Equal(["A1:2"], Ask(AccessScope.ForBook(["ana"])));
        Assert.Equal(["A2:1"], Ask(AccessScope.ForBook(["ben"])));
        Assert.Equal(new CubeCacheStats(0, 3, 3), cache.Stats);

        Assert.Equal(["A1:2"], Ask(AccessScope.ForBook(["Ana "])));
        Assert.Equal(["A2:1"], Ask(AccessScope.ForBook(["ben"])));
        Assert.Equal(["A1:2", "A2:1"], Ask(AccessScope.All));
        Assert.Equal(new CubeCacheStats(3, 3, 3), cache.Stats);
    }

    private string[] Ask(AccessScope scope)
    {
        using var _ = AccessScope.Enter(scope);
        var result = cache.Query(TicketsByAccount, Today, CancellationToken.None);
        return result.Rows.Select(row => $"{row[0]}:{row[1]}").ToArray();
    }

    public void Dispose()
    {
        cache.Dispose();
        gate.Dispose();
        database.Dispose();
    }
}
