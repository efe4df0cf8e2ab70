using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Delighted's NPS export: the account comes from the property column named by --account-column.</summary>
public sealed class DelightedProfileTests : IDisposable
{
    private const string Columns = "response_id, account_id, contact_id, survey_type, survey_kind, trigger, ticket_id, score, comment, responded_at";

    private static readonly string[] Expected =
    [
        // Contact by email; account by exact name.
        "d-9001|A1|C1|nps|relational|∅|∅|10|Love it, especially the reports|2026-03-05 15:15:00",
        // The email matches whatever its case; the account is given by id.
        "d-9002|A2|C2|nps|relational|∅|∅|3|Too slow|2026-03-06 14:00:00",
        // An email none of our contacts has leaves the contact empty; the name has a comma.
        "d-9003|A3|∅|nps|relational|∅|∅|7|∅|2026-03-07 12:30:00",
    ];

    private readonly IngestFixture fixture = new();

    public DelightedProfileTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        fixture.LoadContacts();
    }

    [Fact]
    public void Responses_load_as_nps_with_contacts_by_email_and_accounts_by_name_or_id()
    {
        var report = IngestFixture.Committed(Load(IngestFixture.Fixture("delighted_nps.csv"), "Company"));

        Assert.Equal((3L, 3L, 0L), (report.RowsRead, report.Inserted, report.Rejected));
        Assert.Equal(Expected, fixture.Rows($"SELECT {Columns} FROM fact_survey_response ORDER BY response_id"));
        Assert.Equal(
            new[] { "Name", "Permalink", "Notes", "Tags", "Plan" }.Select(c => $"delighted_nps.csv: {c}"),
            report.IgnoredColumns);
    }

    [Theory]
    [InlineData("Properties: Company")]
    [InlineData("Property: Company")]
    [InlineData("company")]
    public void The_account_column_may_carry_the_property_prefix(string header)
    {
        var text = File.ReadAllText(IngestFixture.Fixture("delighted_nps.csv")).Replace("Tags,Company,Plan", $"Tags,{header},Plan", StringComparison.Ordinal);
        var path = fixture.Write("delighted.csv", text);

        IngestFixture.Committed(Load(path, "Company"));

        Assert.Equal(Expected, fixture.Rows($"SELECT {Columns} FROM fact_survey_response ORDER BY response_id"));
    }

    [Fact]
    public void Without_an_account_column_the_load_fails_naming_the_option()
    {
        var report = Load(IngestFixture.Fixture("delighted_nps.csv"), accountColumn: null);

        Assert.False(report.Committed);
        Assert.Equal(
            new LoadError("", 0, "--account-column", null, "the delighted format needs --account-column naming the property column that holds the account"),
            Assert.Single(report.Errors));
        Assert.Empty(fixture.Rows("SELECT * FROM fact_survey_response"));
    }

    [Fact]
    public void An_account_column_the_file_lacks_is_named_at_the_header()
    {
        var path = fixture.Copy("delighted_nps.csv");

        var report = Load(path, "Account");

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 1, "Account", null, "required column is missing (the delighted surveys export needs it for account_id)"), Assert.Single(report.Errors));
    }

    [Fact]
    public void A_company_that_is_no_account_and_a_score_out_of_range_name_their_rows()
    {
        var path = fixture.Write("delighted.csv", "Response ID,Email,Score,Response Timestamp,Company\n" +
            "d-1,ana@acme.example,11,2026-03-05T10:15:00Z,Acme Corp\n" +
            "d-2,ana@acme.example,9,2026-03-05T10:15:00Z,Acme Corporation\n");

        var report = Load(path, "Company");

        Assert.Equal(
            [
                new LoadError(path, 2, "Score", "11", "NPS scores are 0 to 10"),
                new LoadError(path, 3, "Company", "Acme Corporation", "account Acme Corporation is not loaded (no account has this id or name; load accounts first)"),
            ],
            report.Errors);
    }

    private LoadReport Load(string path, string? accountColumn) =>
        fixture.Load(FactKind.Surveys, path, o => o with { Format = SourceFormat.Delighted, AccountColumn = accountColumn });

    public void Dispose() => fixture.Dispose();
}
