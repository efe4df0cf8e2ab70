namespace Reporting.Core.Ebr;

/// <summary>The median the support section compares with (the middle value, or the mean of the two middle ones).</summary>
public static class EbrStatistics
{
    public static double? Median(IEnumerable<double> values, int decimals)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, decimals, MidpointRounding.AwayFromZero);
    }
}
