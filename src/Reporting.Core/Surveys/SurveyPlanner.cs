using System.Globalization;
using Reporting.Core.Storage;

namespace Reporting.Core.Surveys;

/// <summary>
/// Plans a month of the survey program: each contact's due surveys (SurveyCandidates), at most one
/// sent per contact (the first by priority), none within the cap after the contact's last survey;
/// a contact still inside the cap gets it deferred when the cap ends within the month, and is held
/// back with the day it becomes eligible otherwise. The plan depends only on the data (history
/// before the month, the month's solved critical tickets), so the same month gives the same plan.
/// </summary>
public sealed class SurveyPlanner(ReportingDatabase database)
{
    public SurveyPlan Plan(SurveyPlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var connection = database.ConnectFacts();
        var rules = SurveyProgramRules.Read(connection);
        var cycle = request.CohortShare is { } share ? RelationalCohort.CycleMonths(share) : rules.CycleMonths;
        var inputs = PlanInputs.Load(connection, request.Month, cancellationToken);
        var candidates = new SurveyCandidates(rules, request.Month, cycle);
        var sends = new List<PlannedSend>();
        var heldBack = new List<HeldBackSurvey>();
        var monthEnd = request.Month.AddMonths(1);
        foreach (var contact in inputs.Contacts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = candidates.For(contact, inputs.CriticalTickets[contact.ContactId])
                .OrderBy(c => c.Priority).ThenBy(c => c.DueOn).ThenBy(c => c.TicketId, StringComparer.Ordinal).ToList();
            if (due.Count > 0)
            {
                var month = new ContactMonth(due, inputs.LastSends.GetValueOrDefault(contact.ContactId), candidates.PreRenewalDue(contact), rules.CapDays, monthEnd);
                Decide(month, sends, heldBack);
            }
        }
        return new SurveyPlan(
            request.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), RelationalCohort.SharePercent(cycle), cycle,
            RelationalCohort.MonthSlot(request.Month, cycle) + 1, rules.CapDays,
            [.. sends.OrderBy(s => s.SendOn).ThenBy(s => s.AccountId, StringComparer.Ordinal).ThenBy(s => s.ContactId, StringComparer.Ordinal)],
            [.. heldBack.OrderBy(h => h.DueOn).ThenBy(h => h.AccountId, StringComparer.Ordinal).ThenBy(h => h.ContactId, StringComparer.Ordinal)
                .ThenBy(h => h.Trigger, StringComparer.Ordinal).ThenBy(h => h.TicketId, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// One contact's month: the first due survey goes (deferred to the end of the cap if needed), the
    /// rest wait. A relational survey that would block the contact's pre-renewal survey (due within
    /// the cap after it, in a later month) waits for that one instead.
    /// </summary>
    private static void Decide(ContactMonth situation, List<PlannedSend> sends, List<HeldBackSurvey> heldBack)
    {
        var (due, last, preRenewalDue, capDays, monthEnd) = situation;
        var eligibleOn = last?.SentOn.AddDays(capDays);
        if (eligibleOn is { } blockedUntil && blockedUntil >= monthEnd)
        {
            var reason = $"surveyed on {SurveyCandidates.Text(last!.SentOn)} ({last.SendId}): no survey within {capDays} days";
            heldBack.AddRange(due.Select(c => HeldBack(c, blockedUntil, last.SendId, last.SentOn, last.Trigger, reason)));
            return;
        }
        var first = due[0];
        var sendOn = eligibleOn is { } from && from > first.DueOn ? from : first.DueOn;
        if (first.Kind == "relational" && preRenewalDue is { } renewalSurvey && renewalSurvey > sendOn && renewalSurvey < sendOn.AddDays(capDays))
        {
            var reason = $"kept free for the pre_renewal survey due on {SurveyCandidates.Text(renewalSurvey)}: no survey within {capDays} days before it";
            heldBack.AddRange(due.Select(c => HeldBack(c, renewalSurvey, null, renewalSurvey, "pre_renewal", reason)));
            return;
        }
        var deferral = sendOn > first.DueOn
            ? $"; not before {SurveyCandidates.Text(sendOn)}, {capDays} days after the survey of {SurveyCandidates.Text(last!.SentOn)} ({last.SendId})"
            : "";
        var contact = first.Contact;
        sends.Add(new PlannedSend(contact.ContactId, contact.Name, contact.Role, contact.AccountId, contact.AccountName, contact.Segment, contact.Csm,
            SurveyCandidate.SurveyType, first.Kind, first.Trigger, sendOn, first.Reason + deferral, first.TicketId));
        var planned = $"the {first.Trigger} survey planned on {SurveyCandidates.Text(sendOn)}: no survey within {capDays} days";
        heldBack.AddRange(due.Skip(1).Select(c => HeldBack(c, sendOn.AddDays(capDays), null, sendOn, first.Trigger, planned)));
    }

    private static HeldBackSurvey HeldBack(SurveyCandidate candidate, DateOnly eligibleOn, string? blockingSendId, DateOnly blockingSentOn, string? blockingTrigger, string reason)
    {
        var contact = candidate.Contact;
        return new HeldBackSurvey(contact.ContactId, contact.Name, contact.Role, contact.AccountId, contact.AccountName, contact.Segment, contact.Csm,
            SurveyCandidate.SurveyType, candidate.Kind, candidate.Trigger, candidate.DueOn, eligibleOn, blockingSendId, blockingSentOn, blockingTrigger,
            $"{candidate.Reason}; held back: {reason}", candidate.TicketId);
    }

    /// <summary>What decides one contact's month: its due surveys in priority order, its last send, its next pre-renewal survey.</summary>
    private sealed record ContactMonth(List<SurveyCandidate> Due, LastSend? Last, DateOnly? PreRenewalDue, int CapDays, DateOnly MonthEnd);
}
