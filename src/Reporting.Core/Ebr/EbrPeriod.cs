using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Core.Ebr;

/// <summary>
/// The dates a pack covers (inclusive): as asked, or by default the pack's whole months before
/// today; a missing "to" is the end of the last whole month, a missing "from" the start of the
/// pack's months ending with to's month. The pack is judged (health, signals, plan) as of the day
/// after "to", or today when that is later than today.
/// </summary>
public static class EbrPeriod
{
    public static DateRange Resolve(DateOnly? from, DateOnly? to, int months, DateOnly today)
    {
        var end = to ?? MonthSpan.Before(today, 1).To;
        var start = from ?? MonthSpan.Ending(end, months).From;
        return start > end
            ? throw new KpiFilterException("from", $"{start:yyyy-MM-dd} is after to ({end:yyyy-MM-dd})")
            : new DateRange(start, end);
    }

    public static DateOnly AsOf(DateRange period, DateOnly today)
    {
        var after = period.To.AddDays(1);
        return after < today ? after : today;
    }
}
