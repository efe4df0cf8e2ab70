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

    public CubeResult Query(CubeQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        var compiled = compiler.Compile(query, today);
        using var connection = database.Connect();
        var result = connection.Query(compiled.Sql, compiled.Parameters, cancellationToken);
        var rows = Enumerable.Range(0, result.RowCount)
            .Select(row => (IReadOnlyList<object?>)result.Columns.Select(c => c.GetValue(row)).ToArray())
            .ToList();
        return new CubeResult(compiled.Columns, rows);
    }
}

/// <summary>A query's answer: its columns and rows of values (null for SQL NULL).</summary>
public sealed record CubeResult(IReadOnlyList<OutputColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public object? Value(int row, string member)
    {
        var index = Columns.ToList().FindIndex(c => c.Name == member);
        return index >= 0 ? Rows[row][index] : throw new KeyNotFoundException($"The result has no column {member}.");
    }
}
