using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Web.Pages;

/// <summary>What is loaded, table by table.</summary>
public sealed class DataModel(ReportingDatabase database) : PageModel
{
    public DataSummary Summary { get; private set; } = new([], 0);

    public string DatabasePath => database.Path;

    public string EngineVersion => DuckDbEngine.Version;

    public void OnGet()
    {
        using var connection = database.Connect();
        Summary = DataSummary.Read(connection);
    }
}
