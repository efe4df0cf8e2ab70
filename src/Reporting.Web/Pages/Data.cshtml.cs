using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Web.Pages;

/// <summary>What is loaded, table by table, and the latest run of each job that writes facts.</summary>
public sealed class DataModel(ReportingDatabase database) : PageModel
{
    public DataSummary Summary { get; private set; } = new([], 0);

    /// <summary>Each named job's latest run (jobs that write facts outside a load, such as opening detractor cases).</summary>
    public IReadOnlyList<JobRun> Jobs { get; private set; } = [];

    public string DatabasePath => database.Path;

    public string EngineVersion => DuckDbEngine.Version;

    public void OnGet()
    {
        Summary = DataSummary.Read(database);
        using var connection = database.Connect();
        Jobs = JobRuns.Latest(connection);
    }
}
