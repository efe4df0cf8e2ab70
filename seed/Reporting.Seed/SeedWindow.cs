namespace Reporting.Seed;

/// <summary>
/// The span the demo data covers: <see cref="SeedOptions.Months"/> whole calendar months ending at the
/// first day of the month of <see cref="SeedOptions.AsOf"/> (exclusive). Every date in the data derives
/// from it, never from the clock, so the same options always give the same rows.
/// </summary>
internal sealed record SeedWindow(DateTime Start, DateTime End, int Months, DateOnly AsOf)
{
    public const int MaxMonths = 120;

    public static SeedWindow From(SeedOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Accounts, 1, nameof(options.Accounts));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1, nameof(options.Months));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Months, MaxMonths, nameof(options.Months));
        var end = new DateTime(options.AsOf.Year, options.AsOf.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return new SeedWindow(end.AddMonths(-options.Months), end, options.Months, options.AsOf);
    }

    public DateOnly StartDate => DateOnly.FromDateTime(Start);

    public DateOnly EndDate => DateOnly.FromDateTime(End);

    public DateTime MonthStart(int month) => Start.AddMonths(month);

    public DateTime MonthEnd(int month) => Start.AddMonths(month + 1);

    /// <summary>The month index (0 = the first month) of an instant; may be outside 0..Months-1.</summary>
    public int MonthOf(DateTime instant) => ((instant.Year - Start.Year) * 12) + instant.Month - Start.Month;

    public bool Contains(DateTime instant) => instant >= Start && instant < End;

    /// <summary>First days of the calendar quarters that start from month <paramref name="fromMonth"/> (may be negative) to the end.</summary>
    public IEnumerable<DateOnly> QuarterStarts(int fromMonth = 0)
    {
        for (var month = fromMonth; month < Months; month++)
        {
            var start = MonthStart(month);
            if ((start.Month - 1) % 3 == 0)
            {
                yield return DateOnly.FromDateTime(start);
            }
        }
    }
}
