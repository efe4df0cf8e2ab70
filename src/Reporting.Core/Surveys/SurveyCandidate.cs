namespace Reporting.Core.Surveys;

/// <summary>
/// A survey a contact is due this month, before the cap decides. Priority orders a contact's
/// candidates (0 first): what is at stake at renewal, then a critical incident, then onboarding,
/// then the relational cycle, which comes round again.
/// </summary>
internal sealed record SurveyCandidate(SurveyContact Contact, string Trigger, DateOnly DueOn, string Reason, string? TicketId = null)
{
    /// <summary>Every survey of the program asks the NPS question (the playbooks' cadence is an NPS cadence).</summary>
    public const string SurveyType = "nps";

    public string Kind => Trigger is "quarterly" or "semiannual" ? "relational" : "transactional";

    public int Priority => Trigger switch
    {
        "pre_renewal" => 0,
        "post_support" => 1,
        "post_onboarding" => 2,
        _ => 3,
    };
}
