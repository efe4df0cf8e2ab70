using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>
/// Zendesk's ticket CSV export with its metrics columns. Times are the help desk's local time (the
/// load's time zone); the first response is "Created at" plus the first-reply minutes (calendar time).
/// </summary>
public sealed class ZendeskTicketsProfile : ImportProfile
{
    public override SourceFormat Format => SourceFormat.Zendesk;

    public override IReadOnlyList<FactKind> Kinds { get; } = [FactKind.Tickets];

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        Take(sources, header, "ticket_id", "ID", "Ticket ID");
        Take(sources, header, "account_id", "Organization", "Organization name");
        Take(sources, header, "contact_id", "Requester external ID", "Requester ID");
        Take(sources, header, "priority", "Priority");
        Take(sources, header, "status", "Status");
        Take(sources, header, "channel", "Via", "Channel");
        Take(sources, header, "category", "Type", "Category");
        Take(sources, header, "group", "Group");
        Take(sources, header, "assignee", "Assignee");
        Take(sources, header, "created_at", "Created at");
        Take(sources, header, "solved_at", "Solved at");
        Take(sources, header, "reopens", "Reopens");
        Take(sources, header, "assignee_stations", "Assignee stations");
        Take(sources, header, "group_stations", "Group stations");
        if (header.Find("First reply time in minutes") is { } firstReply)
        {
            sources["first_response_at"] = firstReply with
            {
                ParseAs = FieldType.Decimal,
                DeriveSql = "{created_at} + to_microseconds(CAST(round({value} * 60000000) AS BIGINT))",
                InvalidReason = "is not a number of minutes",
            };
        }
        return sources;
    }
}
