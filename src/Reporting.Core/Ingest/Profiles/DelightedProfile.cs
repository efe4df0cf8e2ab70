using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>
/// Delighted's NPS response export. The account is in a property column the load names
/// (--account-column); the contact is found by the person's email where our contacts know it.
/// </summary>
public sealed class DelightedProfile : ImportProfile
{
    public override SourceFormat Format => SourceFormat.Delighted;

    public override IReadOnlyList<FactKind> Kinds { get; } = [FactKind.Surveys];

    // A user who named a column that the file lacks should see that name, not account_id.
    public override string ColumnOf(string field, LoadOptions options) =>
        field == "account_id" && options.AccountColumn is { } column ? column : field;

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options)
    {
        var accountColumn = options.AccountColumn
            ?? throw LoadFailure.ForOption("--account-column", null,
                "the delighted format needs --account-column naming the property column that holds the account");
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal)
        {
            ["survey_type"] = FieldSource.Constant("'nps'"),
            ["survey_kind"] = FieldSource.Constant("'relational'"),
        };
        Take(sources, header, "response_id", "Response ID");
        Take(sources, header, "score", "Score");
        Take(sources, header, "comment", "Comment");
        Take(sources, header, "responded_at", "Response Timestamp", "Created At");
        Take(sources, header, "account_id", accountColumn, $"Properties: {accountColumn}", $"Property: {accountColumn}");
        if (header.Find("Email", "Person Email") is { } email)
        {
            sources["contact_id"] = email with
            {
                ParseAs = FieldType.Text,
                DeriveSql = "(SELECT min(contact_id) FROM dim_contact WHERE lower(email) = lower({value}))",
            };
        }
        return sources;
    }
}
