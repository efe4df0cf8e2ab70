using Reporting.DuckDb;
using Reporting.Seed.Model;

namespace Reporting.Seed.Writing;

/// <summary>One row into its table through the appender, values in the table's column order (0001_star_schema.sql, then the columns later migrations add).</summary>
internal static class RowAppenders
{
    public static void Account(DuckDbAppender appender, AccountProfile a) => appender
        .Append(a.Id).Append(a.Name).Append(a.Traits.Label).Append(a.Region).Append(a.Industry).Append(a.Tier.ToString())
        .Append(a.Arr).Append(a.Clv).Append(a.Seats).Append(a.Csm).Append(a.OnboardedOn).Append(a.RenewalOn);

    public static void TeamMember(DuckDbAppender appender, TeamMemberRow m) => appender
        .Append(m.Email).Append(m.Name).Append(m.Role).Append(m.ManagerEmail);

    public static void Contact(DuckDbAppender appender, ContactRow c) => appender
        .Append(c.ContactId).Append(c.AccountId).Append(c.Name).Append(c.Email).Append(c.RoleName);

    public static void Ticket(DuckDbAppender appender, TicketRow t) => appender
        .Append(t.TicketId).Append(t.AccountId).Append(t.ContactId).Append(t.Priority).Append(t.Channel)
        .Append(t.Category).Append(t.GroupName).Append(t.Assignee).Append(t.CreatedAt).Append(t.FirstResponseAt)
        .Append(t.SolvedAt).Append(t.Status).Append(t.Reopens).Append(t.AssigneeStations).Append(t.GroupStations);

    public static void SurveyResponse(DuckDbAppender appender, SurveyResponseRow r) => appender
        .Append(r.ResponseId).Append(r.AccountId).Append(r.ContactId).Append(r.SurveyType).Append(r.SurveyKind)
        .Append(r.Trigger).Append(r.TicketId).Append(r.Score).Append(r.Comment).Append(r.SentAt).Append(r.RespondedAt).Append(r.SendId);

    public static void SurveySend(DuckDbAppender appender, SurveySendRow s) => appender
        .Append(s.SendId).Append(s.AccountId).Append(s.ContactId).Append(s.SurveyType).Append(s.SurveyKind)
        .Append(s.Trigger).Append(s.SentAt).Append((string?)null).Append(s.FollowedUpAt);

    public static void Engagement(DuckDbAppender appender, EngagementRow e) => appender
        .Append(e.AccountId).Append(e.UserId).Append(e.OccurredAt).Append(e.Event);

    public static void Meeting(DuckDbAppender appender, MeetingRow m) => appender
        .Append(m.MeetingId).Append(m.AccountId).Append(m.Kind).Append(m.ScheduledAt).Append(m.Held).Append(m.KeyStakeholderAttended);

    public static void DetractorCase(DuckDbAppender appender, DetractorCaseRow c) => appender
        .Append(c.CaseId).Append(c.ResponseId).Append(c.Owner).Append(c.OpenedAt).Append(c.FirstContactAt)
        .Append(c.RootCauseAt).Append(c.ActionPlanAt).Append(c.ClosedAt).Append(c.Category).Append(c.Outcome);

    public static void FeatureRequest(DuckDbAppender appender, FeatureRequestRow r) => appender
        .Append(r.RequestId).Append(r.AccountId).Append(r.ContactId).Append(r.Theme).Append(r.RequestedAt);

    public static void RevenueMovement(DuckDbAppender appender, RevenueMovementRow m) => appender
        .Append(m.MovementId).Append(m.AccountId).Append(m.EffectiveOn).Append(m.Kind).Append(m.ArrChange).Append(m.Note);
}
