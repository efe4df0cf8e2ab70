namespace Reporting.Core.Storage;

/// <summary>The tables of the star schema and the column that dates each of their rows.</summary>
public static class StarSchema
{
    public static IReadOnlyList<SchemaTable> Tables { get; } =
    [
        new("dim_account", "Accounts", "onboarded_on"),
        new("dim_contact", "Contacts", null),
        new("fact_ticket", "Support tickets", "created_at"),
        new("fact_survey_response", "Survey responses", "responded_at"),
        new("fact_survey_send", "Survey sends", "sent_at"),
        new("fact_engagement", "Engagement events", "occurred_at"),
        new("fact_meeting", "Meetings", "scheduled_at"),
        new("fact_detractor_case", "Detractor cases", "opened_at"),
        new("fact_feature_request", "Feature requests", "requested_at"),
        new("fact_revenue_movement", "ARR movements", "effective_on"),
    ];
}

/// <summary>A table of the star schema; <paramref name="DateColumn"/> is null when its rows carry no date.</summary>
public sealed record SchemaTable(string Name, string Title, string? DateColumn);
