namespace Reporting.Core.Revenue;

/// <summary>The area under the ROC curve of a score that should be lower for churners (Mann–Whitney U / (n₁ × n₂)).</summary>
public static class MannWhitney
{
    /// <summary>
    /// The probability that a churned score is below a retained one, ties counting one half; null
    /// when either side is empty.
    /// </summary>
    public static double? Auc(IReadOnlyCollection<double> churned, IReadOnlyCollection<double> retained)
    {
        if (churned.Count == 0 || retained.Count == 0)
        {
            return null;
        }
        var sorted = retained.Order().ToArray();
        var wins = 0.0;
        foreach (var score in churned)
        {
            var below = LowerBound(sorted, score, orEqual: false);
            var atOrBelow = LowerBound(sorted, score, orEqual: true);
            // Retained scores above this churned one win; equal ones count one half.
            wins += sorted.Length - atOrBelow + 0.5 * (atOrBelow - below);
        }
        return wins / ((double)churned.Count * sorted.Length);
    }

    /// <summary>How many of <paramref name="sorted"/> are below <paramref name="value"/> (or at most it).</summary>
    private static int LowerBound(double[] sorted, double value, bool orEqual)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value || (orEqual && sorted[middle] == value))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
