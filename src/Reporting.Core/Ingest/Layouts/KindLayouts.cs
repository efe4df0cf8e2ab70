namespace Reporting.Core.Ingest.Layouts;

/// <summary>The canonical layouts of DATA.md, one per kind of fact.</summary>
public static class KindLayouts
{
    internal static readonly ReferenceRule AccountReference = new("account_id", "dim_account", "account_id", "account", FactKind.Accounts);
    private static readonly ReferenceRule ContactReference = new("contact_id", "dim_contact", "contact_id", "contact", FactKind.Contacts);

    public static KindLayout For(FactKind kind) => kind switch
    {
        FactKind.Accounts => Accounts,
        FactKind.Contacts => Contacts,
        FactKind.Tickets => Tickets,
        FactKind.Surveys => Surveys,
        FactKind.Engagement => Engagement,
        FactKind.Meetings => Meetings,
        FactKind.Cases => Cases,
        FactKind.Requests => Requests,
        FactKind.Sends => Sends,
        FactKind.Revenue => RevenueLayout.Layout,
        FactKind.Team => TeamLayout.Layout,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of fact."),
    };

    public static KindLayout Accounts { get; } = new(FactKind.Accounts, "dim_account", ["account_id"],
    [
        new("account_id", FieldType.Text, Required: true),
        new("name", FieldType.Text, Required: true),
        new FieldSpec("segment", FieldType.Text, Required: true).OneOf(["SMB", "Mid-Market", "Enterprise"], ("midmarket", "Mid-Market"), ("mid market", "Mid-Market")),
        new("region", FieldType.Text),
        new("industry", FieldType.Text),
        new FieldSpec("tier", FieldType.Text).OneOf(["Standard", "Premium", "Platinum"]),
        new("arr", FieldType.Decimal),
        new("clv", FieldType.Decimal),
        new("seats", FieldType.Integer),
        new("csm", FieldType.Text),
        new("onboarded_on", FieldType.Date),
        new("renewal_on", FieldType.Date),
    ])
    {
        Rules =
        [
            new("arr", "arr < 0", "ARR cannot be negative"),
            // The columns are DECIMAL(14, 2): a larger amount must fail here, not in the merge.
            new("arr", "arr >= 1000000000000", "ARR must be under 1000000000000"),
            new("clv", "clv < 0", "CLV cannot be negative"),
            new("clv", "clv >= 1000000000000", "CLV must be under 1000000000000"),
            new("seats", "seats < 0", "seats cannot be negative"),
        ],
    };

    public static KindLayout Contacts { get; } = new(FactKind.Contacts, "dim_contact", ["contact_id"],
    [
        new("contact_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("name", FieldType.Text),
        new("email", FieldType.Text),
        new FieldSpec("role", FieldType.Text).OneOf(["executive", "champion", "admin", "user"]),
    ])
    {
        References = [AccountReference],
    };

    public static KindLayout Tickets { get; } = new(FactKind.Tickets, "fact_ticket", ["ticket_id"],
    [
        new("ticket_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("contact_id", FieldType.Text),
        new FieldSpec("priority", FieldType.Text, Required: true).OneOf(["P1", "P2", "P3", "P4"], ("urgent", "P1"), ("high", "P2"), ("normal", "P3"), ("low", "P4")),
        new("channel", FieldType.Text),
        new("category", FieldType.Text),
        new("group", FieldType.Text) { Column = "group_name" },
        new("assignee", FieldType.Text),
        new("created_at", FieldType.Timestamp, Required: true),
        new("first_response_at", FieldType.Timestamp),
        new("solved_at", FieldType.Timestamp),
        new FieldSpec("status", FieldType.Text) { DefaultSql = "'new'" }.OneOf(["new", "open", "pending", "on-hold", "solved", "closed"], ("hold", "on-hold"), ("on hold", "on-hold")),
        new("reopens", FieldType.Integer) { DefaultSql = "0" },
        new("assignee_stations", FieldType.Integer) { DefaultSql = "CASE WHEN {assignee} IS NOT NULL THEN 1 END" },
        new("group_stations", FieldType.Integer),
    ])
    {
        Rules =
        [
            new("first_response_at", "first_response_at < created_at", "the first response is before the ticket was created"),
            new("solved_at", "solved_at < created_at", "the ticket is solved before it was created"),
            new("reopens", "reopens < 0", "reopens cannot be negative"),
            new("assignee_stations", "assignee_stations < 0", "assignee stations cannot be negative"),
            new("group_stations", "group_stations < 0", "group stations cannot be negative"),
        ],
        References = [AccountReference, ContactReference],
    };

    public static KindLayout Surveys { get; } = new(FactKind.Surveys, "fact_survey_response", ["response_id"],
    [
        new("response_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("contact_id", FieldType.Text),
        new FieldSpec("survey_type", FieldType.Text, Required: true).OneOf(["nps", "csat", "ces"]),
        new FieldSpec("survey_kind", FieldType.Text).OneOf(["relational", "transactional"]),
        new FieldSpec("trigger", FieldType.Text).OneOf(["quarterly", "semiannual", "post_support", "post_onboarding", "pre_renewal"], ("half-yearly", "semiannual")),
        new("ticket_id", FieldType.Text),
        new("score", FieldType.Integer, Required: true) { InvalidReason = "is not a whole number: NPS scores are 0 to 10, CSAT 1 to 5, CES 1 to 7" },
        new("comment", FieldType.Text),
        new("sent_at", FieldType.Timestamp),
        new("responded_at", FieldType.Timestamp, Required: true),
        new("send_id", FieldType.Text),
    ])
    {
        Rules =
        [
            new("score", "survey_type = 'nps' AND score NOT BETWEEN 0 AND 10", "NPS scores are 0 to 10"),
            new("score", "survey_type = 'csat' AND score NOT BETWEEN 1 AND 5", "CSAT scores are 1 to 5"),
            new("score", "survey_type = 'ces' AND score NOT BETWEEN 1 AND 7", "CES scores are 1 to 7"),
            new("responded_at", "responded_at < sent_at", "the response is before the survey was sent"),
        ],
        References = [AccountReference, ContactReference, new("ticket_id", "fact_ticket", "ticket_id", "ticket", FactKind.Tickets), new("send_id", "fact_survey_send", "send_id", "survey send", FactKind.Sends)],
    };

    public static KindLayout Engagement { get; } = new(FactKind.Engagement, "fact_engagement", ["account_id", "user_id", "occurred_at", "event"],
    [
        new("account_id", FieldType.Text, Required: true),
        new("user_id", FieldType.Text, Required: true),
        new("occurred_at", FieldType.Timestamp, Required: true),
        new("event", FieldType.Text, Required: true),
    ])
    {
        Rules = [new("event", "NOT (event = 'login' OR (event LIKE 'feature:%' AND length(event) > 8))", "events are 'login' or 'feature:<key>'")],
        References = [AccountReference],
    };

    public static KindLayout Meetings { get; } = new(FactKind.Meetings, "fact_meeting", ["meeting_id"],
    [
        new("meeting_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new FieldSpec("kind", FieldType.Text, Required: true).OneOf(["QBR", "EBR", "check-in"], ("checkin", "check-in"), ("check in", "check-in")),
        new("scheduled_at", FieldType.Timestamp, Required: true),
        new("held", FieldType.Boolean),
        new("key_stakeholder_attended", FieldType.Boolean),
    ])
    {
        References = [AccountReference],
    };

    public static KindLayout Cases { get; } = new(FactKind.Cases, "fact_detractor_case", ["case_id"],
    [
        new("case_id", FieldType.Text, Required: true),
        new("response_id", FieldType.Text, Required: true),
        new("owner", FieldType.Text),
        new("opened_at", FieldType.Timestamp, Required: true),
        new("first_contact_at", FieldType.Timestamp),
        new("root_cause_at", FieldType.Timestamp),
        new("action_plan_at", FieldType.Timestamp),
        new("closed_at", FieldType.Timestamp),
        new FieldSpec("category", FieldType.Text).OneOf(["collaboration", "technical performance", "business outcomes"]),
        new("outcome", FieldType.Text),
    ])
    {
        Rules =
        [
            new("first_contact_at", "first_contact_at < opened_at", "first contact is before the case was opened"),
            new("closed_at", "closed_at < opened_at", "the case is closed before it was opened"),
        ],
        References = [new("response_id", "fact_survey_response", "response_id", "survey response", FactKind.Surveys)],
    };

    public static KindLayout Requests { get; } = new(FactKind.Requests, "fact_feature_request", ["request_id"],
    [
        new("request_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("contact_id", FieldType.Text),
        new("theme", FieldType.Text, Required: true),
        new("requested_at", FieldType.Timestamp, Required: true),
    ])
    {
        References = [AccountReference, ContactReference],
    };

    /// <summary>
    /// Surveys sent, answered or not (the response rate's denominator, the 90-day cap's history).
    /// A send may name the response it got; a response may name its send instead (send_id). No
    /// reference check on response_id: the answer often arrives after the send is loaded.
    /// </summary>
    public static KindLayout Sends { get; } = new(FactKind.Sends, "fact_survey_send", ["send_id"],
    [
        new("send_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("contact_id", FieldType.Text, Required: true),
        new FieldSpec("survey_type", FieldType.Text, Required: true).OneOf(["nps", "csat", "ces"]),
        new FieldSpec("survey_kind", FieldType.Text).OneOf(["relational", "transactional"]),
        new FieldSpec("trigger", FieldType.Text).OneOf(["quarterly", "semiannual", "post_support", "post_onboarding", "pre_renewal"], ("half-yearly", "semiannual")),
        new("sent_at", FieldType.Timestamp, Required: true),
        new("followed_up_at", FieldType.Timestamp),
        new("response_id", FieldType.Text),
    ])
    {
        Rules = [new("followed_up_at", "followed_up_at < sent_at", "the follow-up is before the survey was sent")],
        References = [AccountReference, ContactReference],
    };
}
