using Reporting.Core.Cube.Model;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Cube;

/// <summary>A bad model stops start-up with a message naming the file and the member.</summary>
public sealed class SemanticModelTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    [Fact]
    public void The_shipped_model_loads_against_the_schema()
    {
        Assert.Equal(["detractor_cases", "engagement", "feature_requests", "meetings", "revenue", "survey_coverage", "survey_sends", "surveys", "tickets"], fixture.Model.Cubes.Select(c => c.Name).Order());
    }

    [Theory]
    [InlineData("  - name: bad\n    type: sum\n    sql: no_such_column\n", "bad.yaml: t.bad: Binder Error")]
    [InlineData("  - name: bad\n    type: median\n", "bad.yaml: t.bad: a Median measure needs sql")]
    [InlineData("  - name: bad\n    type: percentile\n    sql: reopens\n    p: 90\n", "bad.yaml: t.bad: a Percentile measure needs p between 0 and 1")]
    [InlineData("  - name: bad\n    type: ratio\n    numerator:\n      type: count\n", "bad.yaml: t.bad: a Ratio measure needs denominator")]
    [InlineData("  - name: bad\n    type: average\n", "bad.yaml: t.bad: unknown type 'average'")]
    [InlineData("  - name: a\n    type: formula\n    formula: '{b} + 1'\n  - name: b\n    type: formula\n    formula: '{a} + 1'\n", "bad.yaml: t.a: the formula refers to itself")]
    [InlineData("  - name: a\n    type: formula\n    formula: '{nothing}'\n", "bad.yaml: t.a: the formula refers to an unknown measure {nothing}")]
    [InlineData("  - name: drop table\n    type: count\n", "bad.yaml: member name 'drop table' must match")]
    public void A_bad_measure_names_file_and_member(string measures, string expected)
    {
        var error = Assert.Throws<ModelException>(() => Load($"name: t\ntable: fact_ticket\nmeasures:\n{measures}"));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void A_dimension_over_an_unknown_join_column_names_file_and_member()
    {
        var error = Assert.Throws<ModelException>(() => Load(
            "name: t\ntable: fact_ticket\njoins:\n  - name: account\n    table: dim_account\n    key: account_id\ndimensions:\n  - name: colour\n    type: string\n    sql: account.colour\n"));

        Assert.StartsWith("bad.yaml: t.colour: Binder Error", error.Message);
        Assert.Contains("colour", error.Message);
    }

    [Fact]
    public void A_joined_column_without_its_joins_name_names_file_and_member()
    {
        // Queries join only the tables a member names (account.segment), so a bare "segment" would
        // fail in the first query that used it; the model's check fails it at load instead.
        var error = Assert.Throws<ModelException>(() => Load(
            "name: t\ntable: fact_ticket\njoins:\n  - name: account\n    table: dim_account\n    key: account_id\ndimensions:\n  - name: segment\n    type: string\n    sql: segment\n"));

        Assert.StartsWith("bad.yaml: t.segment: Binder Error", error.Message);
    }

    private SemanticModel Load(string yaml)
    {
        using var connection = fixture.Database.Connect();
        return SemanticModel.Create([ModelFiles.Read(yaml, "bad.yaml")], connection);
    }

    public void Dispose() => fixture.Dispose();
}
