namespace Reporting.Core.Health;

/// <summary>
/// Finds the spells at risk in a monthly history: a spell starts in the first month below the line
/// after a month at or above it, and ends in the first month back at or above it. A history that
/// starts below the line says nothing of when it fell, so that first spell is not counted; months
/// without a score neither start nor end a spell.
/// </summary>
public static class HealthRecoveries
{
    public static IReadOnlyList<HealthRecovery> Find(IEnumerable<HealthPoint> history, double atRiskBelow)
    {
        var spells = new List<HealthRecovery>();
        var seenAbove = false;
        DateOnly? fell = null;
        foreach (var point in history.Where(p => p.Score is not null))
        {
            var below = point.Score < atRiskBelow;
            if (below && seenAbove && fell is null)
            {
                fell = point.Date;
            }
            else if (!below)
            {
                if (fell is { } start)
                {
                    spells.Add(new HealthRecovery(start, point.Date, point.Date.DayNumber - start.DayNumber));
                    fell = null;
                }
                seenAbove = true;
            }
        }
        if (fell is { } open)
        {
            spells.Add(new HealthRecovery(open, null, null));
        }
        return spells;
    }
}
