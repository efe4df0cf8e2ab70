using Reporting.Core.Revenue;

namespace Reporting.Core.Tests.Revenue;

/// <summary>The AUC of the health score as Mann–Whitney U over hand-counted pairs.</summary>
public sealed class MannWhitneyTests
{
    [Theory]
    [InlineData(new double[] { 1, 2 }, new double[] { 3, 4 }, 1.0)]
    [InlineData(new double[] { 3, 4 }, new double[] { 1, 2 }, 0.0)]
    // 2 vs 2 (tie ½), 2 vs 3 (1), 5 vs 2 (0), 5 vs 3 (0) → 1.5 / 4.
    [InlineData(new double[] { 2, 5 }, new double[] { 2, 3 }, 0.375)]
    [InlineData(new double[] { 7 }, new double[] { 7, 7, 7 }, 0.5)]
    public void Mann_whitney_counts_ties_one_half(double[] churned, double[] retained, double expected)
    {
        Assert.Equal(expected, MannWhitney.Auc(churned, retained));
    }

    [Fact]
    public void Without_churned_or_retained_scores_there_is_no_auc()
    {
        Assert.Null(MannWhitney.Auc([], [1.0]));
        Assert.Null(MannWhitney.Auc([1.0], []));
    }
}
