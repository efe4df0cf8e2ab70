using Reporting.DuckDb;
using System.Globalization;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Tests.Cube.Access;

/// <summary>
/// The cube's row policy on its own: each statement is compiled for a scope and run on a connection
/// opened while <see cref="AccessScope.Current"/> is every account, so no table view narrows it.
/// CubeFixture's accounts get CSMs: A1 (2 tickets) is Ana Lima's, A2 (1 ticket) is written " BEN@example.com ",
/// A3 (3 tickets) is Cy Park's.
/// </summary>
public sealed class RowPolicyTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    public RowPolicyTests()
    {
        using var connection = fixture.Database.Connect();
        connection.Execute("UPDATE dim_account SET csm = CASE account_id WHEN 'A1' THEN 'Ana Lima' WHEN 'A2' THEN ' BEN@example.com ' ELSE 'Cy Park' END");
    }

    [Fact]
    public void A_book_reads_its_accounts_rows_by_name_or_email_without_case_or_spaces()
    {
        var query = new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.csm"], Totals = Totals.Rollup };

        Assert.Equal([" BEN@example.com |1|0", "Ana Lima|2|0", "∅|3|1"], Run(query, AccessScope.ForBook(["ana lima", "Ben@Example.com"])));
    }

    [Fact]
    public void Accounts_named_outright_are_read_whoever_their_csm()
    {
        var query = new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.account_id"] };

        Assert.Equal(["A1|2", "A3|3"], Run(query, AccessScope.Restricted(["ana lima"], ["A3"])));
        Assert.Empty(Run(query, AccessScope.Nothing));
    }

    [Fact]
    public void Aggregating_below_the_joins_restricts_the_fact_rows_with_every_subtotal()
    {
        // Reopen rate by tier over every combination: the partial-aggregation layout (a join, subtotals).
        // A3 only: T6 is the one ticket solved or reopened, and it was reopened: 100 %.
        var query = new CubeQuery { Measures = ["tickets.reopen_rate", "tickets.count"], Dimensions = ["tickets.tier", "tickets.segment"], Totals = Totals.Cube };
        var compiled = new QueryCompiler(fixture.Model).Compile(query, CubeFixture.Today, AccessScope.ForAccounts(["A3"]));

        Assert.Contains("FROM (SELECT", compiled.Sql, StringComparison.Ordinal);
        Assert.Equal(
            ["Platinum|Enterprise|100|3|0", "Platinum|∅|100|3|1", "∅|Enterprise|100|3|2", "∅|∅|100|3|3"],
            Run(query, AccessScope.ForAccounts(["A3"])));
    }

    [Fact]
    public void The_compared_period_is_restricted_too()
    {
        // March 2026 against February: Cy Park's A3 has T5, T6 in March and T4 in February (A2's T3 is not his).
        var query = new CubeQuery
        {
            Measures = ["tickets.count"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", null, new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))),
            Compare = CompareWith.PreviousPeriod,
        };
        IReadOnlyList<CubeStatement> statements;
        using (AccessScope.Enter(AccessScope.ForBook(["cy park"])))
        {
            statements = fixture.Engine.Statements(query, CubeFixture.Today);
        }

        Assert.Equal(["2", "1"], statements.Select(s => First(s.Sql, s.Parameters)));
    }

    [Fact]
    public void A_cube_without_a_policy_answers_a_restricted_scope_nothing_and_everyone_else_everything()
    {
        using var connection = fixture.Database.Connect();
        var cube = fixture.Model.Cube("tickets")! with { Access = null };
        var compiler = new QueryCompiler(SemanticModel.Create([cube], connection));
        var query = new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.account_id"] };

        Assert.Empty(Rows(compiler.Compile(query, CubeFixture.Today, AccessScope.ForAccounts(["A1", "A2", "A3"]))));
        Assert.Empty(Rows(compiler.Compile(query, CubeFixture.Today, AccessScope.Nothing)));
        Assert.Equal(["A1|2", "A2|1", "A3|3"], Rows(compiler.Compile(query, CubeFixture.Today, AccessScope.All)));
    }

    [Fact]
    public void The_scope_is_bound_as_parameters_and_every_account_adds_nothing()
    {
        var query = new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.priority"], Filters = [new QueryFilter("tickets.priority", FilterOperator.Equals, ["P1"])] };
        var compiler = new QueryCompiler(fixture.Model);
        var all = compiler.Compile(query, CubeFixture.Today, AccessScope.All);
        var scoped = compiler.Compile(query, CubeFixture.Today, AccessScope.Restricted(["x'); DROP TABLE fact_ticket; --"], ["A2"]));

        Assert.DoesNotContain("csm", all.Sql, StringComparison.Ordinal);
        Assert.Equal(["P1", 10001L, 0L], all.Parameters);
        Assert.DoesNotContain("DROP", scoped.Sql, StringComparison.Ordinal);
        Assert.Contains(
            "WHERE tickets.priority IN ($1) AND (\"tickets\".\"account_id\" IN (SELECT \"account_id\" FROM \"dim_account\" WHERE lower(trim(\"csm\")) IN (SELECT unnest($2::VARCHAR[]))) OR tickets.account_id IN (SELECT unnest($3::VARCHAR[])))",
            scoped.Sql,
            StringComparison.Ordinal);
        Assert.Equal(["x'); drop table fact_ticket; --"], (string[])scoped.Parameters[1]!);
        Assert.Equal(["A2"], (string[])scoped.Parameters[2]!);
        Assert.Equal(["P1|1"], Rows(scoped));
    }

    private string[] Run(CubeQuery query, AccessScope scope) =>
        Rows(new QueryCompiler(fixture.Model).Compile(query, CubeFixture.Today, scope));

    /// <summary>Runs on a connection of every account (the ambient scope is All here): only the statement restricts.</summary>
    private string[] Rows(CompiledQuery compiled)
    {
        Assert.True(AccessScope.Current.IsUnrestricted);
        using var connection = fixture.Database.Connect();
        var result = connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None);
        var shown = compiled.Columns.Select((c, i) => (c, i)).Where(p => p.c.Kind != OutputKind.Observations).Select(p => p.i).ToList();
        return Enumerable.Range(0, result.RowCount)
            .Select(row => string.Join("|", shown.Select(i => Format(result.Columns[i].GetValue(row)))))
            .ToArray();
    }

    private string First(string sql, IReadOnlyList<object?> parameters)
    {
        Assert.True(AccessScope.Current.IsUnrestricted);
        using var connection = fixture.Database.Connect();
        return Format(connection.Query(sql, parameters, CancellationToken.None).Scalar());
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        double d => Math.Round(d, 2).ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    public void Dispose() => fixture.Dispose();
}
