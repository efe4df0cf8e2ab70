using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>Zendesk satisfaction ratings: "good" loads as CSAT 5 and "bad" as 1, after support.</summary>
public sealed class ZendeskCsatProfile : ImportProfile
{
    public override SourceFormat Format => SourceFormat.ZendeskCsat;

    public override IReadOnlyList<FactKind> Kinds { get; } = [FactKind.Surveys];

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal)
        {
            ["survey_type"] = FieldSource.Constant("'csat'"),
            ["survey_kind"] = FieldSource.Constant("'transactional'"),
            ["trigger"] = FieldSource.Constant("'post_support'"),
        };
        Take(sources, header, "response_id", "ID", "Rating ID");
        Take(sources, header, "ticket_id", "Ticket ID");
        Take(sources, header, "account_id", "Organization", "Organization name");
        Take(sources, header, "comment", "Comment");
        Take(sources, header, "responded_at", "Created at", "Rated at", "Updated at");
        if (header.Find("Score", "Rating", "Satisfaction") is { } rating)
        {
            sources["score"] = rating with
            {
                ParseAs = FieldType.Text,
                DeriveSql = "CASE WHEN lower(trim({value})) LIKE 'good%' THEN 5 WHEN lower(trim({value})) LIKE 'bad%' THEN 1 END",
                InvalidReason = "is not a satisfaction rating: expected good or bad",
            };
        }
        return sources;
    }
}
