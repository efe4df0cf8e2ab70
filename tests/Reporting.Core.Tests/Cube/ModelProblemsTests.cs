using Reporting.Core.Cube.Model;

namespace Reporting.Core.Tests.Cube;

/// <summary>A model folder with many problems names every one of them at once, each with its file and member.</summary>
public sealed class ModelProblemsTests : IDisposable
{
    private readonly CubeFixture fixture = new();
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("model-problems-");

    [Fact]
    public void Every_problem_of_every_file_is_named_in_one_exception()
    {
        var model = root.CreateSubdirectory("model");
        File.WriteAllText(Path.Combine(model.FullName, "a.yaml"), "");
        File.WriteAllText(Path.Combine(model.FullName, "b.yaml"), """
            name: t
            table: fact_ticket
            access:
              csm: nobody
            dimensions:
              - name: dup
                type: string
                sql: priority
            measures:
              - name: dup
                type: count
              - name: bad
                type: median
              - name: x
                type: sum
                sql: no_such_column
            """);
        File.WriteAllText(Path.Combine(model.FullName, "c.yaml"), "name: t\ntable: fact_ticket\n");
        using var connection = fixture.Database.Connect();

        var error = Assert.Throws<ModelException>(() => SemanticModel.Load(model.FullName, connection));

        Assert.Equal(
            [
                "a.yaml: the file is empty",
                "c.yaml: cube 't' is also defined in b.yaml",
                "b.yaml: t.dup: is defined more than once",
                "b.yaml: t.bad: a Median measure needs sql",
                "b.yaml: t.access.csm: 'nobody' is not a dimension of t",
            ],
            error.Problems.SkipLast(1).Select(p => p.ToString()));
        Assert.StartsWith("b.yaml: t.x: Binder Error", error.Problems[^1].ToString());
        Assert.Equal(6, error.Problems.Count);
        Assert.Equal(string.Join("; ", error.Problems), error.Message);
        Assert.Equal("a.yaml", error.File);
    }

    /// <summary>A bad name stops the SQL of what is built from it, not the other checks.</summary>
    [Fact]
    public void A_bad_table_name_is_named_with_the_other_problems_and_no_sql_is_probed()
    {
        var error = Assert.Throws<ModelException>(() => Create(
            "name: t\ntable: fact ticket\nmeasures:\n  - name: bad\n    type: percentile\n    sql: reopens\n  - name: x\n    type: sum\n    sql: no_such_column\n"));

        Assert.Equal(
            "bad.yaml: table name 'fact ticket' must match [A-Za-z_][A-Za-z0-9_]*; bad.yaml: t.bad: a Percentile measure needs p between 0 and 1",
            error.Message);
    }

    [Fact]
    public void A_formula_is_not_probed_while_a_measure_lacks_what_its_type_needs()
    {
        var error = Assert.Throws<ModelException>(() => Create(
            "name: t\ntable: fact_ticket\nmeasures:\n  - name: r\n    type: ratio\n    numerator:\n      type: count\n  - name: f\n    type: formula\n    formula: '{r} * 2'\n  - name: g\n    type: formula\n    formula: '{nothing}'\n"));

        Assert.Equal("bad.yaml: t.r: a Ratio measure needs denominator", error.Message);
    }

    private SemanticModel Create(string yaml)
    {
        using var connection = fixture.Database.Connect();
        return SemanticModel.Create([ModelFiles.Read(yaml, "bad.yaml")], connection);
    }

    public void Dispose()
    {
        root.Delete(recursive: true);
        fixture.Dispose();
    }
}
