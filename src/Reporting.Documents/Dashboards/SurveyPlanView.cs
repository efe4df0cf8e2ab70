using System.Globalization;
using Reporting.Core.Dashboards;
using Reporting.Core.Surveys;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// The Survey program's plan for this month, narrowed to the view's accounts (segment, CSM, account):
/// who to send what and why, and who the 90-day cap holds back until when; the whole plan is the CSV.
/// </summary>
public sealed record SurveyPlanView(string Month, int Sends, int HeldBack, string CsvUrl, ChartTable SendTable, ChartTable HeldBackTable)
{
    /// <summary>Rows shown on the page; the CSV has them all.</summary>
    public const int Shown = 25;

    public static SurveyPlanView Build(SurveyPlan plan, DashboardFilters filters)
    {
        var sends = plan.Sends.Where(s => Matches(filters, s.AccountId, s.Segment, s.Csm)).ToList();
        var held = plan.HeldBack.Where(h => Matches(filters, h.AccountId, h.Segment, h.Csm)).ToList();
        var sendTable = new ChartTable(["Contact", "Account", "Survey", "Send on", "Why"], sends.Take(Shown).Select(s => (IReadOnlyList<ChartCell>)
        [
            new ChartCell($"{s.ContactName ?? s.ContactId} ({s.Role ?? "contact"})", Header: true),
            new ChartCell(s.AccountName, Header: false),
            new ChartCell($"{s.SurveyType.ToUpperInvariant()} {s.Trigger.Replace('_', ' ')}", Header: false),
            new ChartCell(Date(s.SendOn), Header: false),
            new ChartCell(s.Reason, Header: false),
        ]).ToList());
        var heldTable = new ChartTable(["Contact", "Account", "Survey", "Due", "Eligible on", "Why"], held.Take(Shown).Select(h => (IReadOnlyList<ChartCell>)
        [
            new ChartCell($"{h.ContactName ?? h.ContactId} ({h.Role ?? "contact"})", Header: true),
            new ChartCell(h.AccountName, Header: false),
            new ChartCell($"{h.SurveyType.ToUpperInvariant()} {h.Trigger.Replace('_', ' ')}", Header: false),
            new ChartCell(Date(h.DueOn), Header: false),
            new ChartCell(Date(h.EligibleOn), Header: false),
            new ChartCell(h.Reason, Header: false),
        ]).ToList());
        return new SurveyPlanView(plan.Month, sends.Count, held.Count, $"/api/surveys/plan.csv?month={plan.Month}", sendTable, heldTable);
    }

    private static bool Matches(DashboardFilters filters, string account, string segment, string? csm) => filters.Fields.All(f => f.Key switch
    {
        "account_id" => f.Value.Contains(account),
        "segment" => f.Value.Contains(segment),
        "csm" => csm is not null && f.Value.Contains(csm),
        _ => true,
    });

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
