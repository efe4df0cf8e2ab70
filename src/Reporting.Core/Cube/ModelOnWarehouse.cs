using System.Data.Common;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Cube;

/// <summary>
/// At start-up on ClickHouse: whether every member of the model runs there. The model's SQL is
/// DuckDB's, translated when the compiler is made; a translation can still name a column, type or
/// function ClickHouse does not resolve, which would otherwise fail at the first query that reads
/// it. Each cube's members are compiled into one statement that the engine plans (EXPLAIN: names,
/// types and functions resolved, no row read); a cube that fails is planned member by member, so
/// the error names each member that does not run.
/// </summary>
public static class ModelOnWarehouse
{
    public static void Check(CubeEngine engine, ReportingDatabase database, DateOnly today)
    {
        if (database.Warehouse is null)
        {
            return;
        }
        using var connection = database.ConnectWarehouse();
        var problems = engine.Model.Cubes.SelectMany(cube => Problems(engine, connection, cube, today)).ToList();
        if (problems.Count > 0)
        {
            throw new ModelException(problems);
        }
    }

    private static IEnumerable<ModelProblem> Problems(CubeEngine engine, DbConnection connection, CubeDefinition cube, DateOnly today)
    {
        var measures = cube.Measures.Select(m => $"{cube.Name}.{m.Name}").ToList();
        var dimensions = cube.Dimensions.Select(d => $"{cube.Name}.{d.Name}").ToList();
        if (Error(engine, connection, new CubeQuery { Measures = measures, Dimensions = dimensions }, today) is null)
        {
            return [];
        }
        var alone = measures.Select(m => (Member: m, Query: new CubeQuery { Measures = [m] }))
            .Concat(dimensions.Select(d => (Member: d, Query: new CubeQuery { Dimensions = [d] })));
        return alone
            .Select(m => (m.Member, Error: Error(engine, connection, m.Query, today)))
            .Where(m => m.Error is not null)
            .Select(m => new ModelProblem(cube.File, $"{m.Member} does not run on ClickHouse: {m.Error}"))
            .ToList();
    }

    /// <summary>What the engine says when planning the query's statement, or null when it plans it.</summary>
    private static string? Error(CubeEngine engine, DbConnection connection, CubeQuery query, DateOnly today)
    {
        try
        {
            foreach (var statement in engine.Statements(query, today))
            {
                connection.Query("EXPLAIN PLAN " + statement.Sql, statement.Parameters, CancellationToken.None);
            }
            return null;
        }
        catch (QueryException)
        {
            // Members the query shape refuses together are no concern of the engine's.
            return null;
        }
        catch (DbException e)
        {
            return e.Message.Split('\n')[0];
        }
    }
}
