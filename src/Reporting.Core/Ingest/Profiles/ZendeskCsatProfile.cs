using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>Zendesk satisfaction ratings: "good" loads as CSAT 5 and "bad" as 1, after support.</summary>
public sealed class ZendeskCsatProfile : ImportProfile
{
    public override SourceFormat Format => SourceFormat.ZendeskCsat;

    public override IReadOnlyList<FactKind> Kinds { get; } = [FactKind.Surveys];

    protected override IReadOnlyList<(string Field, string[] Names)> Columns { get; } =
    [
        ("response_id", ["ID", "Rating ID"]),
        ("ticket_id", ["Ticket ID"]),
        ("account_id", ["Organization", "Organization name"]),
        ("comment", ["Comment"]),
        ("responded_at", ["Created at", "Rated at", "Updated at"]),
        ("score", ["Score", "Rating", "Satisfaction"]),
    ];

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal)
        {
            ["survey_type"] = FieldSource.Constant("'csat'"),
            ["survey_kind"] = FieldSource.Constant("'transactional'"),
            ["trigger"] = FieldSource.Constant("'post_support'"),
        };
        TakeColumns(sources, header);
        if (header.Find(Columns.Single(c => c.Field == "score").Names) is { } rating)
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
