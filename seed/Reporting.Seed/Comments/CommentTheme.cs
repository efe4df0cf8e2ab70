namespace Reporting.Seed.Comments;

/// <summary>The verbatim themes of the KPI definitions; every comment template is written for one.</summary>
internal enum CommentTheme
{
    Chasing,
    Waiting,
    Handoffs,
    NotResolved,
    Outage,
    Billing,
    Onboarding,
    Bug,
    Price,
    RenewalThreat,
    Praise,
}
