using Reporting.Tests.Fixtures;

namespace Reporting.Cli.Tests.Loading;

/// <summary>Issue 17, cases 2, 3, 5 and 7: files read as the user meant them, or refused saying what they are.</summary>
public sealed class LoadFileTests : IDisposable
{
    private readonly LoadingFolder folder = new();

    public LoadFileTests()
    {
        Assert.Equal(0, folder.Load("accounts", LoadErrorCase.Path("accounts.csv")).ExitCode);
        Assert.Equal(0, folder.Load("contacts", LoadErrorCase.Path("contacts.csv")).ExitCode);
    }

    [Fact]
    public void A_line_of_10000_fields_is_named_with_its_count()
    {
        var path = folder.Write("wide_line.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2026-03-01T09:00:00Z\n" + string.Join(",", Enumerable.Repeat("x", 10_000)) + "\n");

        var (exitCode, output) = folder.Load("tickets", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {path}:3: value '{string.Concat(Enumerable.Repeat("x,", 30))}…': line 3 has 10,000 fields, the header has 4 ({LoadErrorCase.FieldCountHint})", output);
        Assert.Equal(0L, folder.Count("fact_ticket"));
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_loads_and_says_which_encoding_was_read()
    {
        var path = folder.Copy("surveys_utf16.csv");

        var (exitCode, output) = folder.Load("surveys", path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"\n{path}: read as UTF-16 (little-endian), as its byte order mark says\n", output.ReplaceLineEndings("\n"));
        Assert.Equal("R1|Très bien;R2|", folder.Text("SELECT string_agg(response_id || '|' || coalesce(comment, ''), ';' ORDER BY response_id) FROM fact_survey_response"));
    }

    [Fact]
    public void Latin1_loads_when_the_load_says_so()
    {
        var path = folder.Copy("accounts_latin1.csv");

        var (exitCode, output) = folder.Load("accounts", path, "--encoding", "latin1");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{path}: read as Latin-1 (--encoding latin1)", output);
        Assert.Equal("Café Crème;Société Générale", folder.Text("SELECT string_agg(name, ';' ORDER BY account_id) FROM dim_account WHERE account_id IN ('A3', 'A4')"));
    }

    [Fact]
    public void A_line_longer_than_a_csv_line_may_be_is_named()
    {
        var path = folder.Write("long.csv", "account_id,name,segment\nA3,Initech,SMB\nA4," + new string('x', 2_100_000) + ",SMB\n");

        var (exitCode, output) = folder.Load("accounts", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {path}:3: line 3 is longer than 2,000,000 bytes, the longest line a CSV file may have (a quote that is never closed joins the lines after it; otherwise shorten the value)", output);
        Assert.Equal(2L, folder.Count("dim_account"));
    }

    [Fact]
    public void A_folder_is_named_as_a_folder()
    {
        var path = Directory.CreateDirectory(folder.File("exports.csv")).FullName;

        var (exitCode, output) = folder.Load("accounts", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {path}: is a folder, not a file (name the export files inside it)", output);
    }

    [Fact]
    public void The_readers_own_message_shows_only_with_verbose()
    {
        var path = folder.File("broken.parquet");
        File.WriteAllBytes(path, [.. "PAR1"u8, .. new byte[64], .. "PAR1"u8]);

        var (_, quiet) = folder.Load("accounts", path);
        var (exitCode, verbose) = folder.Load("accounts", path, "--verbose");

        Assert.Equal(1, exitCode);
        var error = $"error: {path}: is not a Parquet file DuckDB can read (run with --verbose to see the reader's own message)";
        Assert.Contains(error, quiet);
        Assert.DoesNotContain("reader said:", quiet);
        Assert.Contains(error + "\n  reader said: ", verbose.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_thousand_ignored_columns_are_summarised()
    {
        var extra = Enumerable.Range(1, 1_009).Select(i => $"extra{i}").ToList();
        var path = folder.Write("wide.csv", $"account_id,name,segment,{string.Join(",", extra)}\nA3,Initech,SMB{new string(',', extra.Count)}\n");

        var (exitCode, output) = folder.Load("accounts", path);

        Assert.Equal(0, exitCode);
        var ignored = output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("ignored column", StringComparison.Ordinal)).ToList();
        Assert.Equal([.. extra.Take(10).Select(c => $"ignored column wide.csv: {c}"), "ignored column wide.csv: and 999 more"], ignored);
    }

    public void Dispose() => folder.Dispose();
}
