using System.Globalization;
using System.Text;
using Reporting.Core.Csv;

namespace Reporting.Core.Surveys;

/// <summary>
/// The plan as one CSV (<see cref="CsvText"/>: RFC 4180, formulas neutralised; comma, header row): the sends first (status "send"), then the
/// surveys the cap holds back (status "held_back", with the day the contact becomes eligible).
/// </summary>
public static class SurveyPlanCsv
{
    private static readonly string[] Header =
    [
        "status", "send_on", "due_on", "eligible_on", "contact_id", "contact_name", "role", "account_id", "account_name", "segment", "csm",
        "survey_type", "survey_kind", "trigger", "ticket_id", "blocking_send_id", "blocking_sent_on", "reason",
    ];

    public static string Write(SurveyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var csv = new StringBuilder();
        CsvText.AppendLine(csv, Header);
        foreach (var s in plan.Sends)
        {
            CsvText.AppendLine(csv, ["send", Date(s.SendOn), null, null, s.ContactId, s.ContactName, s.Role, s.AccountId, s.AccountName, s.Segment, s.Csm,
                s.SurveyType, s.SurveyKind, s.Trigger, s.TicketId, null, null, s.Reason]);
        }
        foreach (var h in plan.HeldBack)
        {
            CsvText.AppendLine(csv, ["held_back", null, Date(h.DueOn), Date(h.EligibleOn), h.ContactId, h.ContactName, h.Role, h.AccountId, h.AccountName, h.Segment, h.Csm,
                h.SurveyType, h.SurveyKind, h.Trigger, h.TicketId, h.BlockingSendId, Date(h.BlockingSentOn), h.Reason]);
        }
        return csv.ToString();
    }

    /// <summary>The download's file name.</summary>
    public static string FileName(SurveyPlan plan) => $"survey-plan-{plan.Month}.csv";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
