namespace Reporting.Core.Surveys;

/// <summary>A contact the planner considers, with the account facts its surveys depend on.</summary>
public sealed record SurveyContact(
    string ContactId,
    string? Name,
    string? Role,
    string AccountId,
    string AccountName,
    string Segment,
    string? Csm,
    DateOnly? OnboardedOn,
    DateOnly? RenewalOn)
{
    /// <summary>Executives and champions: they get the pre-renewal survey and count as key stakeholders.</summary>
    public bool IsKeyStakeholder => Role is "executive" or "champion";

    /// <summary>Champions and admins ran the onboarding: they get the post-onboarding survey.</summary>
    public bool RanOnboarding => Role is "champion" or "admin";
}
