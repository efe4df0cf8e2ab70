namespace Reporting.Seed;

/// <summary>What demo data to generate. The same options always give the same rows.</summary>
public sealed record SeedOptions
{
    public int Accounts { get; init; } = 200;

    public int Months { get; init; } = 18;

    public int Seed { get; init; } = 42;

    /// <summary>The data covers the <see cref="Months"/> whole months before this date (exclusive).</summary>
    public DateOnly AsOf { get; init; } = StartOfCurrentMonth();

    /// <summary>Delete existing rows first (in the same transaction) instead of refusing a non-empty database.</summary>
    public bool Replace { get; init; }

    private static DateOnly StartOfCurrentMonth()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new DateOnly(today.Year, today.Month, 1);
    }
}

/// <summary>Progress of a seed run: a stage name and how far it is.</summary>
public sealed record SeedProgress(string Stage, long Done, long Total);

/// <summary>What a seed run wrote.</summary>
public sealed record SeedSummary(SeedOptions Options, IReadOnlyDictionary<string, long> RowsPerTable, TimeSpan Elapsed)
{
    public long TotalRows => RowsPerTable.Values.Sum();
}
