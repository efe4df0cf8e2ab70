namespace Reporting.Bench;

/// <summary>
/// Times the two sides of a comparison in turn, the order swapped from run to run, so that neither
/// side always runs first (on a machine a little colder or warmer).
/// </summary>
public static class Alternation
{
    public static (List<double> Baseline, List<double> Ours) Time(int runs, Func<double> baseline, Func<double> ours)
    {
        var theirs = new List<double>();
        var mine = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var sides = new Action[] { () => theirs.Add(baseline()), () => mine.Add(ours()) };
            foreach (var side in run % 2 == 0 ? sides : sides.Reverse())
            {
                side();
            }
        }
        return (theirs, mine);
    }
}
