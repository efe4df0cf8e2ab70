using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Documents.Dashboards;
using Reporting.Web.Security;

namespace Reporting.Web.Pages;

/// <summary>Explore: any measures of a cube, by a dimension and/or over time, as a chart and a table; the URL reproduces it.</summary>
public sealed class ExploreModel(DashboardRequests requests, SemanticModel model, KpiCatalog kpis, ReportingDatabase database, CubeEngine engine,
    ScriptJson json) : PageModel
{
    public DashboardView? View { get; private set; }

    public CubeDefinition Cube { get; private set; } = null!;

    public ExploreRequest? Asked { get; private set; }

    public IReadOnlyList<CubeDefinition> Cubes => ExploreRequest.Explorable(model, kpis).ToList();

    public FilterChoices Choices { get; private set; } = null!;

    public string? Error { get; private set; }

    public IHtmlContent ViewJson => json.Inline(View);

    /// <summary>The statements the chart's query runs, as text.</summary>
    public string Sql => View is { Charts: [var chart, ..] } ? StatementText.Of(engine.Statements(chart.CubeQuery, requests.Today)) : "";

    public IActionResult OnGet(CancellationToken cancellationToken)
    {
        Cube = model.Cube(Request.Query["x.cube"].ToString()) is { } picked && kpis.Cubes.ContainsKey(picked.Name) ? picked : model.Cube("tickets")!;
        Choices = FilterChoices.Read(database);
        var outcome = requests.Explore(Request.Query, cancellationToken);
        if (outcome.View is null)
        {
            Error = outcome.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        View = outcome.View;
        Asked = ExploreRequest.Parse(Request.Query, model, kpis);
        return Page();
    }
}
