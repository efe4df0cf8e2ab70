using Reporting.Bench.Cube;

namespace Reporting.Bench.Baselines;

/// <summary>Another engine answering the five KPI queries over the same rows as the cube.</summary>
public interface IKpiBaseline : IDisposable
{
    /// <summary>Who answers, for the table: "PostgreSQL 15", "SQLite", "LINQ".</summary>
    string Side { get; }

    /// <summary>How the queries are written where they cannot be the cube's SQL, printed with the figures.</summary>
    string Note { get; }

    /// <summary>Whether a "cold" run means something (a fresh connection with empty caches); plain lists have none.</summary>
    bool HasColdStart { get; }

    /// <summary>What the load figure says was timed.</summary>
    string LoadSubject { get; }

    /// <summary>Gets ready outside any timing: starts a server, creates tables, exports the rows to files.</summary>
    void Prepare(CubeData data, Workspace workspace);

    /// <summary>Takes the rows of the cube's database (both fact tables and the accounts); timed once as the load figure.</summary>
    void Load();

    /// <summary>The query on a fresh connection: the engine's own caches empty, the OS page cache warm.</summary>
    KpiAnswer Cold(KpiQuery query);

    /// <summary>The query again on what is already open.</summary>
    KpiAnswer Warm(KpiQuery query);
}
