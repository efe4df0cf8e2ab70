using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Surveys;
using Spectre.Console;

namespace Reporting.Cli.Surveys;

/// <summary>
/// `reporting survey-plan`: who to survey in a month (the rotating relational cohort, post-onboarding,
/// pre-renewal and post-support surveys, each within the contact cap) and who the cap holds back,
/// as two tables, or as JSON (--json) or CSV (--csv).
/// </summary>
internal static class SurveyPlanCommand
{
    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var month = new Option<string>("--month") { Description = "The month to plan, YYYY-MM.", Required = true };
        var share = new Option<string?>("--cohort-share")
        {
            Description = "Percent of active contacts in each month's relational cohort; the cycle is 100 / share months, rounded "
                + "(25 → every 4 months, 34 → quarterly). Default: the cycle of reports/kpis.yaml (survey_program.cycle_months, 3).",
        };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var csv = new Option<bool>("--csv") { Description = "Print the plan as CSV (sends, then held-back surveys)." };
        var command = new Command("survey-plan", "Plan a month of surveys: who gets which survey and why, and who the 90-day cap holds back until when.")
        {
            database, month, share, json, csv,
        };
        command.SetAction(result => Run(
            console, result.GetValue(database)!, (result.GetValue(month), result.GetValue(share)), result.GetValue(json), result.GetValue(csv)));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, (string? Month, string? Share) text, bool json, bool csv)
    {
        try
        {
            if (json && csv)
            {
                throw new SurveyPlanException("--json", "give --json or --csv, not both");
            }
            var request = SurveyPlanRequest.Parse(text.Month, text.Share);
            // The start-up step writes reports/kpis.yaml's survey_program to dim_survey_program, as at the server's start.
            using var host = CliServices.Open(path);
            var plan = host.Get<SurveyPlanner>().Plan(request);
            // JSON and CSV go to the output as they are: the console would wrap long lines.
            if (json)
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(plan, Output));
            }
            else if (csv)
            {
                console.Profile.Out.Writer.Write(SurveyPlanCsv.Write(plan));
            }
            else
            {
                SurveyPlanTables.Write(console, plan);
            }
            return 0;
        }
        catch (SurveyPlanException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is KpiCatalogException or ModelException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
