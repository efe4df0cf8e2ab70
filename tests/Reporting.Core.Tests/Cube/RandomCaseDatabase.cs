using Reporting.Core.Cube.Model;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// The one database the random cases take in turn. A fresh database per case would cost about
/// 100 ms before its first answer (the migrations, then DuckDB's first grouping-sets query
/// allocating its memory), ten seconds over a hundred cases; so a case waits for its turn and
/// starts by emptying the tables it fills, and no case ever sees another's rows.
/// </summary>
public abstract class RandomCaseDatabase : IDisposable
{
    private static readonly string[] FilledTables = ["fact_ticket", "fact_survey_response", "dim_account"];
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>One DuckDB thread: on a few dozen rows DuckDB's parallel plans only add start-up time.</summary>
    protected RandomCaseDatabase(TestEngine engine)
    {
        Database = TestEngines.Open(engine, threads: 1);
        using var connection = Database.Connect();
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(CubeFixture.ModelFolder, connection);
    }

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    /// <summary>Waits for the database, empties it and inserts <paramref name="data"/>; disposing the lease hands it on.</summary>
    public IDisposable Take(RandomCubeData data)
    {
        turn.Wait();
        try
        {
            using var connection = Database.Connect();
            connection.Execute(string.Concat(FilledTables.Select(table => $"DELETE FROM {table};")));
            data.Insert(connection);
            TestEngines.Publish(Database, FilledTables);
            return new Lease(turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        turn.Dispose();
    }

    private sealed class Lease(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}

public sealed class RandomCasesOnDuckDb() : RandomCaseDatabase(TestEngine.DuckDb);

public sealed class RandomCasesOnClickHouse() : RandomCaseDatabase(TestEngine.ClickHouse);
