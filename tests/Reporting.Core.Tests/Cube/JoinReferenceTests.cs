using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// A statement joins the dimension tables its plan's members read, not every name that looks like
/// join.column in its text: a string literal naming "account.tier", a measure named like the join
/// (its observations column is "t.account.n") and a policy dimension with such a literal read the
/// fact alone. On <see cref="CubeFixture"/>'s six tickets.
/// </summary>
public sealed class JoinReferenceTests : IDisposable
{
    private const string Cube = """
        name: t
        table: fact_ticket
        joins:
          - name: account
            table: dim_account
            key: account_id
        dimensions:
          - name: label
            type: string
            sql: "CASE WHEN t.priority = 'account.tier' THEN 'odd' ELSE t.priority END"
          - name: owner
            type: string
            sql: "coalesce(t.channel, 'account.csm')"
          - name: segment
            type: string
            sql: account.segment
        measures:
          - name: account
            type: count_distinct
            sql: t.account_id
          - name: count
            type: count

        """;

    private readonly CubeFixture fixture = new();

    [Fact]
    public void A_literal_and_a_measure_named_like_a_join_add_no_join()
    {
        var query = new CubeQuery { Measures = ["t.account", "t.count"], Dimensions = ["t.label"], Totals = Totals.Rollup };

        // P1: T1, T3, T5 of A1, A2, A3; P2: T2, T6 of A1, A3; P3: T4 of A3.
        Assert.Equal(["P1|3|3|0", "P2|2|2|0", "P3|1|1|0", "∅|3|6|1"], Rows(query));
        Assert.DoesNotContain("JOIN", Sql(query, AccessScope.All), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_reading_the_join_joins_it_once()
    {
        var query = new CubeQuery { Measures = ["t.count"], Dimensions = ["t.segment", "t.label"] };

        Assert.Equal(["Enterprise|P1|1", "Enterprise|P2|1", "Enterprise|P3|1", "SMB|P1|2", "SMB|P2|1"], Rows(query));
        Assert.Single(Sql(query, AccessScope.All).Split("JOIN")[1..]);
        Assert.Contains("""LEFT JOIN "dim_account" AS "account" ON "account"."account_id" = "t"."account_id" """.TrimEnd(), Sql(query, AccessScope.All), StringComparison.Ordinal);
    }

    /// <summary>
    /// The policy's dimension reads the fact's own column (no ticket has a channel, so every owner is
    /// 'account.csm'): it loads, and its condition reads that column, where the text alone looked like
    /// a join column. The statement runs on a connection that sees every row, so only the condition narrows.
    /// </summary>
    [Fact]
    public void A_policy_dimension_with_a_join_like_literal_reads_the_facts_own_column()
    {
        var query = new CubeQuery { Measures = ["t.count"] };

        Assert.Equal(6L, CountAs(query, AccessScope.ForBook(["Account.CSM"])));
        Assert.Equal(0L, CountAs(query, AccessScope.ForBook(["someone else"])));
        Assert.DoesNotContain("JOIN", Sql(query, AccessScope.ForBook(["account.csm"])), StringComparison.Ordinal);
    }

    private long CountAs(CubeQuery query, AccessScope scope)
    {
        var compiled = new QueryCompiler(Model(Policy)).Compile(query, CubeFixture.Today, scope);
        using var connection = fixture.Database.Connect();
        return Convert.ToInt64(connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None)["t.count"].GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string Policy = "access:\n  csm: owner\n";

    private SemanticModel Model(string policy = "")
    {
        using var connection = fixture.Database.Connect();
        return SemanticModel.Create([ModelFiles.Read(Cube + policy, "t.yaml")], connection);
    }

    private string Sql(CubeQuery query, AccessScope scope) =>
        new QueryCompiler(Model(scope.IsUnrestricted ? "" : Policy)).Compile(query, CubeFixture.Today, scope).Sql;

    private string[] Rows(CubeQuery query)
    {
        var result = new CubeEngine(Model(), fixture.Database, KpiCatalog.DefaultLowSampleBelow).Query(query, CubeFixture.Today);
        var shown = result.Columns.Select((c, i) => (c, i)).Where(p => p.c.Kind != OutputKind.Observations).Select(p => p.i).ToList();
        return result.Rows.Select(row => string.Join("|", shown.Select(i => row[i]?.ToString() ?? "∅"))).ToArray();
    }

    public void Dispose() => fixture.Dispose();
}
