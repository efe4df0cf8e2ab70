using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Documents.Cube;
using Reporting.Core.Periods;

namespace Reporting.Documents.Dashboards;

/// <summary>The verbatim explorer of the Sentiment dashboard: the newest comments matching the view and the panel's own controls.</summary>
public sealed class VerbatimPanel(SemanticModel model, KpiCatalog kpis, CubeCache cache, ReportingClock clock)
{
    public VerbatimResults Read(IQueryCollection query, DashboardFilters filters, CancellationToken cancellationToken)
    {
        var surveys = model.Cube("surveys")!;
        var asked = VerbatimQuery.From(query);
        var themes = VerbatimQuery.Themes(surveys);
        try
        {
            var cubeQuery = asked.Build(filters, surveys, kpis.Cubes["surveys"]);
            var result = cache.Query(cubeQuery, clock.Today, cancellationToken);
            var rows = result.Records().Select(r => new Verbatim(
                (string)r["surveys.responded_on"]!, (string)r["surveys.response_id"]!, (string)r["surveys.account_id"]!, (string)r["surveys.account_name"]!,
                (string)r["surveys.survey_type"]!, Convert.ToInt32(r["surveys.score"], System.Globalization.CultureInfo.InvariantCulture),
                r["surveys.nps_group"] as string, r["surveys.theme"] as string, (string)r["surveys.comment"]!)).ToList();
            return new VerbatimResults(asked, themes, rows) { CsvUrl = DashboardViewBuilder.CsvLink(cubeQuery, "verbatims") };
        }
        catch (DashboardFilterException e)
        {
            return new VerbatimResults(asked, themes, []) { Error = e.Message };
        }
    }
}

public sealed record VerbatimResults(VerbatimQuery Query, IReadOnlyList<string> Themes, IReadOnlyList<Verbatim> Rows)
{
    public string? Error { get; init; }

    public string CsvUrl { get; init; } = "";
}

public sealed record Verbatim(string RespondedOn, string ResponseId, string AccountId, string AccountName, string SurveyType, int Score, string? Group, string? Theme, string Comment);
