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

    protected override IReadOnlyList<(string Field, string[] Names)> Columns { get; } =
    [
        ("ticket_id", ["ID", "Ticket ID"]),
        ("account_id", ["Organization", "Organization name"]),
        ("contact_id", ["Requester external ID", "Requester ID"]),
        ("priority", ["Priority"]),
        ("status", ["Status"]),
        ("channel", ["Via", "Channel"]),
        ("category", ["Type", "Category"]),
        ("group", ["Group"]),
        ("assignee", ["Assignee"]),
        ("created_at", ["Created at"]),
        ("solved_at", ["Solved at"]),
        ("reopens", ["Reopens"]),
        ("assignee_stations", ["Assignee stations"]),
        ("group_stations", ["Group stations"]),
    ];

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        TakeColumns(sources, header);
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
