using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;

namespace Reporting.Core.Cube;

/// <summary>Answers cube queries: compile through the model, run on a connection of its own, read the columns.</summary>
public sealed class CubeEngine(SemanticModel model, ReportingDatabase database)
{
    private readonly QueryCompiler compiler = new(model);

    public SemanticModel Model => model;

    /// <summary>The model's shipped files: reports/model beside the application.</summary>
    public static string DefaultModelFolder => Path.Combine(AppContext.BaseDirectory, "reports", "model");

    public CubeResult Query(CubeQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        var compiled = compiler.Compile(query, today);
        using var connection = database.Connect();
        var result = connection.Query(compiled.Sql, compiled.Parameters, cancellationToken);
        var digits = compiled.Columns.Select(c => model.Resolve(c.Name) is { } m ? m.Cube.Measures.FirstOrDefault(x => x.Name == m.Member)?.Decimals : null).ToArray();
        var rows = Enumerable.Range(0, result.RowCount)
            .Select(row => (IReadOnlyList<object?>)result.Columns.Select((c, i) => Round(c.GetValue(row), digits[i])).ToArray())
            .ToList();
        return new CubeResult(compiled.Columns, rows);
    }

    /// <summary>Measures are rounded as the model says (NPS to one decimal, CES to two).</summary>
    private static object? Round(object? value, int? digits) => (value, digits) switch
    {
        (double d, { } n) => Math.Round(d, n, MidpointRounding.AwayFromZero),
        (decimal m, { } n) => Math.Round(m, n, MidpointRounding.AwayFromZero),
        _ => value,
    };
}

/// <summary>A query's answer: its columns and rows of values (null for SQL NULL).</summary>
public sealed record CubeResult(IReadOnlyList<OutputColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Rows as objects keyed by member, as Cube's REST API answers ("data").</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records() =>
        Rows.Select(row => (IReadOnlyDictionary<string, object?>)Columns.Select((c, i) => (c.Name, row[i])).ToDictionary(p => p.Name, p => p.Item2)).ToList();

    public object? Value(int row, string member)
    {
        var index = Columns.ToList().FindIndex(c => c.Name == member);
        return index >= 0 ? Rows[row][index] : throw new KeyNotFoundException($"The result has no column {member}.");
    }
}
