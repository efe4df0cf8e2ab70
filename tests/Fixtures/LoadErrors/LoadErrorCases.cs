namespace Reporting.Tests.Fixtures;

/// <summary>
/// The refused files of issue 17, shared by the command-line and HTTP tests: each file (in this
/// folder), the options it is loaded with (as command-line options; over HTTP the query parameter
/// of the same name), the exact errors ({file} stands for the file as the user named it) and, with
/// --skip-invalid, how many rows still load. Loaded after accounts.csv and contacts.csv.
/// </summary>
public sealed record LoadErrorCase(string Id, string File, string Kind, string[] Options, string[] Errors, long? GoodRows = null)
{
    public const string FieldCountHint = "a summary or truncated line, or a delimiter inside a value that is not quoted";

    public const string Latin1Hint = "if it was saved as Latin-1 or Windows-1252 (older Excel), load it with --encoding latin1 (encoding=latin1 over HTTP), or save it as CSV UTF-8";

    public static readonly LoadErrorCase[] All =
    [
        new("1 brackets in a value and a file name", "export[1].csv", "tickets", [],
            ["{file}:3: column 'priority' value '[P2]': must be one of P1, P2, P3, P4"], GoodRows: 2),
        new("2 a trailing summary line", "tickets_summary_line.csv", "tickets", [],
            [$"{{file}}:4: value 'Total rows: 2 -- exported by CRM': line 4 has 1 field, the header has 12 ({FieldCountHint})"]),
        new("2 a truncated last line", "tickets_truncated.csv", "tickets", [],
            [$"{{file}}:4: value 'T3,A1,C1,P3,em': line 4 has 5 fields, the header has 12 ({FieldCountHint})"]),
        new("2 one comma too many", "tickets_extra_comma.csv", "tickets", [],
            [$"{{file}}:3: value 'T2,A2,C2,P2,chat,bug,Tier 2, EMEA,Bob,2026-03-02T09:00:00Z,,…': line 3 has 13 fields, the header has 12 ({FieldCountHint})"]),
        new("3 Latin-1 without --encoding", "accounts_latin1.csv", "accounts", [],
            [$"{{file}}:2: is not UTF-8 text: line 2 has the byte 0xE9, which UTF-8 does not allow ({Latin1Hint})"]),
        new("3 a CSV named .parquet", "tickets_csv.parquet", "tickets", [],
            ["{file}: is named .parquet but is not a Parquet file (it looks like text: if it is CSV, rename it to .csv)"]),
        new("4 JSON lines with blank lines", "surveys_blank_lines.jsonl", "surveys", [],
            ["{file}:6: column 'score' value '11': NPS scores are 0 to 10"], GoodRows: 2),
        new("4 a broken JSON line", "surveys_broken.jsonl", "surveys", [],
            ["{file}:3: value '{\"response_id\":\"R2\",\"account_id\":\"A1\"': line 3 is not valid JSON (near position 38) (JSON lines hold one complete object per line)"]),
        new("4 a JSON array", "surveys_array.json", "surveys", [],
            ["{file}: holds a JSON array; JSON lines hold one object per line, with no [ ] around them (convert it with jq -c '.[]' FILE.json > FILE.jsonl)"]),
        new("5 Zendesk without Organization", "zendesk_no_organization.csv", "tickets", ["--format", "zendesk"],
            ["{file}:1: column 'Organization': required column is missing (the zendesk tickets export needs it for account_id)"]),
        new("5 an unknown --timezone", "export[1].csv", "tickets", ["--timezone", "Mars/Olympus"],
            ["option --timezone value 'Mars/Olympus': is not a known IANA time zone (e.g. Europe/Berlin, America/New_York)"]),
        new("5 a score that is no number", "surveys_bad_score.csv", "surveys", [],
            ["{file}:2: column 'score' value 'ten': is not a whole number: NPS scores are 0 to 10, CSAT 1 to 5, CES 1 to 7"], GoodRows: 1),
        new("5 references to what is not loaded", "tickets_unknown_refs.csv", "tickets", [],
            [
                "{file}:2: column 'account_id' value 'ACC-9': account ACC-9 is not loaded (no account has this id or name; load accounts first)",
                "{file}:3: column 'contact_id' value 'C9': contact C9 is not loaded (load contacts first)",
            ], GoodRows: 1),
        new("6 years 0001 and 9999", "tickets_far_dates.csv", "tickets", [],
            [
                "{file}:2: column 'created_at' value '0001-01-01T00:00:00Z': is outside the dates this module supports (2000-01-01 to 2100-12-31)",
                "{file}:3: column 'created_at' value '9999-12-31T00:00:00Z': is outside the dates this module supports (2000-01-01 to 2100-12-31)",
            ], GoodRows: 1),
        new("6 a NUL byte in a value", "accounts_nul.csv", "accounts", [],
            ["{file}:3: column 'name' value 'Ac\\0me': holds a NUL byte (\\0), which text may not contain"], GoodRows: 1),
        new("6 a contact of another account", "tickets_other_account_contact.csv", "tickets", [],
            ["{file}:2: column 'contact_id' value 'C2': contact C2 belongs to account A2, not A1"], GoodRows: 1),
        new("6 a local time the clocks skipped", "zendesk_dst_gap.csv", "tickets", ["--format", "zendesk", "--timezone", "America/New_York"],
            ["{file}:3: column 'Created at' value '2026-03-08 02:30:00': is not a time in America/New_York: the clocks skipped it when daylight saving began"], GoodRows: 2),
    ];

    public static TheoryData<string> Ids => [.. All.Select(c => c.Id)];

    public static LoadErrorCase ById(string id) => All.Single(c => c.Id == id);

    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "LoadErrors", file);

    /// <summary>The errors as they read for a file the user named <paramref name="name"/>.</summary>
    public string[] ErrorsFor(string name) => [.. Errors.Select(e => e.Replace("{file}", name, StringComparison.Ordinal))];
}
