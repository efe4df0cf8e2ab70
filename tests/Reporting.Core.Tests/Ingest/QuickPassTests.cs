using System.Text;
using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>
/// A strict load first parses its files straight from DuckDB's readers and asks every check in one
/// pass; only when that finds something does it stage the text and run the checks that say what
/// and where. These tests pin down both ways and the edges between them.
/// </summary>
public sealed class QuickPassTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public QuickPassTests() => IngestFixture.Committed(fixture.LoadAccounts());

    [Fact]
    public void A_clean_load_commits_from_the_quick_pass_without_staging_text()
    {
        var report = IngestFixture.Committed(fixture.Load(FactKind.Tickets, IngestFixture.Fixture("tickets.csv")));

        Assert.Equal(
            ["header tickets.csv", "read and parse tickets.csv", "check every rule in one pass",
             "merge: replace existing keys", "merge: insert new keys", "bump data version", "commit"],
            report.Steps.Select(s => s.Name));
        Assert.All(report.Steps, s => Assert.True(s.Seconds >= 0));
    }

    [Fact]
    public void A_load_with_errors_stages_the_text_to_name_them_and_shows_that_as_find_errors()
    {
        var path = fixture.Write("bad.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2026-03-01T09:30:00Z\nT2,A1,P9,2026-03-01T10:00:00Z\n");
        var reports = new List<LoadProgress>();

        var report = FactLoader.Load(fixture.Database, [path], new LoadOptions(FactKind.Tickets), new RecordingProgress(reports));

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, "priority", "P9", "must be one of P1, P2, P3, P4"), Assert.Single(report.Errors));
        Assert.Contains("read and parse bad.csv", report.Steps.Select(s => s.Name));
        Assert.Contains("row checks", report.Steps.Select(s => s.Name));
        // The quick pass reads and validates; the staged pass that finds the errors has a bar of its own.
        Assert.Equal(["read bad.csv", "validate", "find errors"], reports.Select(r => r.Stage).Distinct());
        Assert.All(reports.GroupBy(r => r.Stage), stage =>
        {
            Assert.Equal(100, stage.Last().Done);
            Assert.Equal(stage.Select(r => r.Done).Order(), stage.Select(r => r.Done));
        });
    }

    [Fact]
    public void A_row_duckdb_cannot_read_is_named_by_its_line_and_field_count_and_nothing_loads()
    {
        // Past the sniffer's sample, so that the header reads and the error comes from the full read.
        var rows = Enumerable.Range(1, 30_000).Select(i => $"T{i},A1,P1,2026-03-01T09:30:00Z");
        var path = fixture.Write("wide.csv", string.Join("\n", ["ticket_id,account_id,priority,created_at", .. rows, "T0,A1,P1,2026-03-01T09:30:00Z,x,y"]) + "\n");

        var report = fixture.Load(FactKind.Tickets, path);

        Assert.False(report.Committed);
        var error = Assert.Single(report.Errors);
        Assert.Equal(new LoadError(path, 30_002, "", "T0,A1,P1,2026-03-01T09:30:00Z,x,y", "line 30002 has 6 fields, the header has 4")
        {
            Hint = "a summary or truncated line, or a delimiter inside a value that is not quoted",
        }, error);
        Assert.Equal(["0"], fixture.Rows("SELECT count(*) FROM fact_ticket"));
    }

    [Fact]
    public void Every_header_is_checked_before_any_file_is_read()
    {
        // The first file would fail when read (no rows); the second cannot load at all, and says so first.
        var empty = fixture.Write("empty.csv", "ticket_id,account_id,priority,created_at\n");
        var missing = Path.Combine(fixture.Folder, "missing.csv");

        var report = fixture.Load(FactKind.Tickets, [empty, missing]);

        Assert.Equal(new LoadError(missing, 0, "", null, "the file does not exist"), Assert.Single(report.Errors));
    }

    [Fact]
    public void Spaces_around_values_are_trimmed_unicode_ones_too_but_tabs_are_kept()
    {
        // trim removes Unicode space separators: the space, U+00A0 (no-break) and U+3000 (ideographic);
        // a tab is a control character and stays. "   " trims to nothing, which is an empty (NULL) group.
        var path = fixture.Write("spaces.csv",
            "ticket_id,account_id,priority,channel,category,assignee,group,created_at\n" +
            " T1 ,A1,\u00A0p2\u00A0,\u3000chat,\u00E9t\u00E9 ,\"kim\t\",   ,2026-03-01T09:30:00Z \n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        IngestFixture.Committed(fixture.Load(FactKind.Tickets, path));

        Assert.Equal(["T1|P2|chat|\u00E9t\u00E9|kim\t|∅|2026-03-01 09:30:00"],
            fixture.Rows("SELECT ticket_id, priority, channel, category, assignee, group_name, created_at FROM fact_ticket"));
    }

    public void Dispose() => fixture.Dispose();

    /// <summary>Progress&lt;T&gt; would post to the thread pool; this records in order, synchronously.</summary>
    private sealed class RecordingProgress(List<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
