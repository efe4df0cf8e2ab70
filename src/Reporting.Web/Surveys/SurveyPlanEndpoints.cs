using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Access;
using Reporting.Core.Surveys;
using Reporting.Web.Operations;
using Reporting.Web.SignIn;

namespace Reporting.Web.Surveys;

/// <summary>
/// The survey planner over HTTP: GET /api/surveys/plan?month=YYYY-MM[&amp;cohortShare=25][&amp;format=csv]
/// answers the month's plan as JSON (or CSV); GET /api/surveys/plan.csv?month= downloads the CSV.
/// </summary>
public static class SurveyPlanEndpoints
{
    public static IEndpointRouteBuilder MapReportingSurveys(this IEndpointRouteBuilder endpoints)
    {
        var surveys = endpoints.MapGroup("/api/surveys").WithTags("Surveys").Refuses(400);
        surveys.MapGet("/plan", Get).WithName("SurveyPlan")
            .WithSummary("Who to survey in a month, which survey, from which day and why; and who the contact cap holds back until when (JSON, or CSV with format=csv).")
            .Produces<SurveyPlan>(StatusCodes.Status200OK, "application/json", "text/csv").AuditedExport(AuditActions.ExportCsv, sometimesFile: true);
        surveys.MapGet("/plan.csv", GetCsv).WithName("SurveyPlanCsv")
            .WithSummary("The month's survey plan as a CSV download: the sends, then the surveys the cap holds back.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").AuditedExport(AuditActions.ExportCsv);
        return endpoints;
    }

    public static async Task<Results<Ok<SurveyPlan>, FileContentHttpResult, ProblemHttpResult>> Get(
        [AsParameters] SurveyPlanQuery query, SurveyPlanner planner, CancellationToken cancellationToken)
    {
        if (query.Format is { } format && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(new SurveyPlanException("format", $"'{format}' is not json or csv"));
        }
        try
        {
            var plan = await Plan(query, planner, cancellationToken);
            return string.Equals(query.Format, "csv", StringComparison.OrdinalIgnoreCase) ? Csv(plan) : TypedResults.Ok(plan);
        }
        catch (SurveyPlanException e)
        {
            return Problem(e);
        }
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsv(
        [AsParameters] SurveyPlanQuery query, SurveyPlanner planner, CancellationToken cancellationToken)
    {
        try
        {
            return Csv(await Plan(query, planner, cancellationToken));
        }
        catch (SurveyPlanException e)
        {
            return Problem(e);
        }
    }

    private static async Task<SurveyPlan> Plan(SurveyPlanQuery query, SurveyPlanner planner, CancellationToken cancellationToken)
    {
        var request = SurveyPlanRequest.Parse(query.Month, query.CohortShare);
        return await Task.Run(() => planner.Plan(request, cancellationToken), cancellationToken);
    }

    private static FileContentHttpResult Csv(SurveyPlan plan) =>
        TypedResults.File(Encoding.UTF8.GetBytes(SurveyPlanCsv.Write(plan)), "text/csv; charset=utf-8", SurveyPlanCsv.FileName(plan));

    private static ProblemHttpResult Problem(SurveyPlanException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The survey plan request cannot be answered",
        detail: e.Message,
        extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
}

/// <summary>The query string of the plan endpoints: month YYYY-MM, optional cohort share (percent) and format (json or csv).</summary>
public sealed record SurveyPlanQuery(string? Month, string? CohortShare, string? Format);
