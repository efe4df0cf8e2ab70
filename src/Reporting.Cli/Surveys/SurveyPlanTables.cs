using System.Globalization;
using Reporting.Core.Surveys;
using Spectre.Console;

namespace Reporting.Cli.Surveys;

/// <summary>The plan as text: a heading, the sends, and the surveys the cap holds back.</summary>
internal static class SurveyPlanTables
{
    public static void Write(IAnsiConsole console, SurveyPlan plan)
    {
        console.MarkupLineInterpolated(
            $"Survey plan for [bold]{plan.Month}[/]: relational cohort {plan.Cohort} of {plan.CycleMonths} ({plan.CohortShare.ToString(CultureInfo.InvariantCulture)} % of active contacts), at most one survey per contact in {plan.CapDays} days.");
        var sends = new Table().AddColumns("Send on", "Contact", "Role", "Account", "Segment", "Survey", "Trigger", "Why");
        foreach (var s in plan.Sends)
        {
            sends.AddRow(Cells(Date(s.SendOn), s.ContactId, s.Role, $"{s.AccountId} {s.AccountName}", s.Segment, $"{s.SurveyType} ({s.SurveyKind})", s.Trigger, s.Reason));
        }
        console.MarkupLineInterpolated($"[bold]{plan.Sends.Count} to send[/]");
        console.Write(sends);
        var held = new Table().AddColumns("Due on", "Eligible on", "Contact", "Account", "Survey", "Trigger", "Why");
        foreach (var h in plan.HeldBack)
        {
            held.AddRow(Cells(Date(h.DueOn), Date(h.EligibleOn), h.ContactId, $"{h.AccountId} {h.AccountName}", $"{h.SurveyType} ({h.SurveyKind})", h.Trigger, h.Reason));
        }
        console.MarkupLineInterpolated($"[bold]{plan.HeldBack.Count} held back by the cap[/]");
        console.Write(held);
    }

    private static string[] Cells(params string?[] values) => [.. values.Select(v => Markup.Escape(v ?? ""))];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
