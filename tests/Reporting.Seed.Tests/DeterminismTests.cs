namespace Reporting.Seed.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_options_give_identical_rows_in_every_table()
    {
        using var first = SeededDatabase.Seed(SeededDatabase.Small());
        using var second = SeededDatabase.Seed(SeededDatabase.Small());

        var expected = SeededDatabase.TableHashes(first.Connection);
        var actual = SeededDatabase.TableHashes(second.Connection);

        Assert.Equal(expected, actual);
        Assert.Equal(first.Summary.RowsPerTable, second.Summary.RowsPerTable);
    }

    [Fact]
    public void A_different_seed_gives_different_rows_in_every_table()
    {
        using var first = SeededDatabase.Seed(SeededDatabase.Small(seed: 42));
        using var other = SeededDatabase.Seed(SeededDatabase.Small(seed: 7));

        var expected = SeededDatabase.TableHashes(first.Connection);
        var actual = SeededDatabase.TableHashes(other.Connection);

        Assert.All(expected, table => Assert.NotEqual(table.Value, actual[table.Key]));
    }

    [Fact]
    public void Every_table_gets_rows_and_the_summary_counts_them()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small());

        foreach (var (table, rows) in seeded.Summary.RowsPerTable)
        {
            Assert.True(rows > 0, $"{table} is empty");
            Assert.Equal(rows, seeded.Count($"SELECT count(*) FROM {table}"));
        }
        Assert.Equal(11, seeded.Summary.RowsPerTable.Count);
        Assert.Equal(20, seeded.Summary.RowsPerTable["dim_account"]);
    }

    [Fact]
    public void Dates_stay_inside_the_window_before_as_of()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small());
        var start = seeded.WindowStart;
        var end = SeededDatabase.AsOf.ToDateTime(TimeOnly.MinValue);

        foreach (var (table, column) in new[]
        {
            ("fact_ticket", "created_at"), ("fact_survey_response", "responded_at"), ("fact_engagement", "occurred_at"),
            ("fact_meeting", "scheduled_at"), ("fact_detractor_case", "opened_at"), ("fact_feature_request", "requested_at"),
        })
        {
            Assert.Equal(0, seeded.Count($"SELECT count(*) FROM {table} WHERE {column} < $1 OR {column} >= $2", start, end));
        }
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM fact_ticket WHERE first_response_at >= $1 OR solved_at >= $1", end));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM fact_detractor_case WHERE closed_at >= $1", end));
    }
}
