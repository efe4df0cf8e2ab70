using Reporting.Core.Dashboards;

namespace Reporting.Core.Ebr;

/// <summary>
/// Picks up to three wins: KPIs that moved the good way against the previous period on enough
/// observations (neither value a low sample, the change not inside the margin of error), the
/// outcome stories (time saved, reopens and handoffs avoided) before plain improvements, then by
/// the size of the change relative to where it was.
/// </summary>
public static class EbrWins
{
    public const int Max = 3;

    public static IReadOnlyList<EbrWin> Pick(IReadOnlyDictionary<string, KpiTile> tiles) => EbrKpis.WinCandidates
        .Select(id => tiles.GetValueOrDefault(id))
        .OfType<KpiTile>()
        .Where(t => t.Improved == true && t.Significant != false && !t.Current.LowSample && !t.Previous.LowSample)
        .Select(Win)
        .OrderBy(w => w.Kind == EbrWinKind.Improved ? 1 : 0)
        .ThenByDescending(w => Relative(w.Tile))
        .Take(Max)
        .ToList();

    private static EbrWin Win(KpiTile tile)
    {
        var gain = Math.Abs(tile.Change!.Value);
        var n = tile.Current.N;
        return tile.Kpi.Id switch
        {
            "frt_median_minutes" => new EbrWin(tile, EbrWinKind.WaitingSaved, gain * n / 60.0),
            "ttr_median_hours" => new EbrWin(tile, EbrWinKind.ResolutionSaved, gain * n),
            "reopen_rate" => new EbrWin(tile, EbrWinKind.ReopensAvoided, gain / 100.0 * n),
            "handoffs_per_ticket" => new EbrWin(tile, EbrWinKind.HandoffsAvoided, gain * n),
            _ => new EbrWin(tile, EbrWinKind.Improved, null),
        };
    }

    private static double Relative(KpiTile tile) =>
        tile.Previous.Value is { } before && before != 0 ? Math.Abs(tile.Change!.Value / before) : Math.Abs(tile.Change!.Value);
}
