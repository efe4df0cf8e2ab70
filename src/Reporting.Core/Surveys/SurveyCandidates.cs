using System.Globalization;

namespace Reporting.Core.Surveys;

/// <summary>
/// The surveys each contact is due in a month, by the playbooks' cadence: the relational cohort
/// (accounts past the minimum tenure), post-onboarding on day 30 (champions and admins),
/// pre-renewal 60 days before renewal_on (executives and champions), post-support after each
/// critical ticket the contact raised and saw solved in the month.
/// </summary>
internal sealed class SurveyCandidates(SurveyProgramRules rules, DateOnly month, int cycleMonths)
{
    private readonly DateOnly next = month.AddMonths(1);

    public IEnumerable<SurveyCandidate> For(SurveyContact contact, IEnumerable<SolvedCriticalTicket> tickets)
    {
        if (Relational(contact) is { } relational)
        {
            yield return relational;
        }
        if (contact.RanOnboarding && contact.OnboardedOn?.AddDays(rules.PostOnboardingDays) is { } dayN && InMonth(dayN))
        {
            yield return new SurveyCandidate(contact, "post_onboarding", dayN,
                $"onboarded on {Text(contact.OnboardedOn!.Value)}: survey on day {rules.PostOnboardingDays}");
        }
        if (contact.IsKeyStakeholder && contact.RenewalOn?.AddDays(-rules.PreRenewalDays) is { } beforeRenewal && InMonth(beforeRenewal))
        {
            yield return new SurveyCandidate(contact, "pre_renewal", beforeRenewal,
                $"renews on {Text(contact.RenewalOn!.Value)}: survey {rules.PreRenewalDays} days before");
        }
        foreach (var ticket in tickets)
        {
            yield return new SurveyCandidate(contact, "post_support", ticket.SolvedOn,
                $"critical ticket {ticket.TicketId} solved on {Text(ticket.SolvedOn)}", ticket.TicketId);
        }
    }

    /// <summary>The day a key stakeholder's next pre-renewal survey falls due, whichever month it is in.</summary>
    public DateOnly? PreRenewalDue(SurveyContact contact) =>
        contact.IsKeyStakeholder ? contact.RenewalOn?.AddDays(-rules.PreRenewalDays) : null;

    private SurveyCandidate? Relational(SurveyContact contact)
    {
        var tenured = contact.OnboardedOn is not { } onboarded || onboarded.AddDays(rules.MinTenureDays) <= month;
        if (!tenured || !RelationalCohort.InCohort(contact.ContactId, month, cycleMonths))
        {
            return null;
        }
        var cohort = RelationalCohort.MonthSlot(month, cycleMonths) + 1;
        return new SurveyCandidate(contact, RelationalCohort.Trigger(cycleMonths), month,
            $"relational cohort {cohort} of {cycleMonths}: every active contact once every {cycleMonths} months");
    }

    private bool InMonth(DateOnly date) => date >= month && date < next;

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
