using Reporting.Core.Dashboards;

namespace Reporting.Core.Ebr;

/// <summary>
/// A KPI that improved against the previous period, with what that meant in the customer's terms:
/// <see cref="Saved"/> is in the unit <see cref="Kind"/> names (hours of waiting saved, reopens or
/// handoffs avoided), null for a plain improvement.
/// </summary>
public sealed record EbrWin(KpiTile Tile, EbrWinKind Kind, double? Saved);

/// <summary>How a win is told.</summary>
public enum EbrWinKind
{
    /// <summary>First responses faster: (minutes before − minutes now) × tickets answered, in hours.</summary>
    WaitingSaved,

    /// <summary>Resolution faster: (hours before − hours now) × tickets solved, in hours.</summary>
    ResolutionSaved,

    /// <summary>Fewer reopens: (rate before − rate now) / 100 × tickets solved.</summary>
    ReopensAvoided,

    /// <summary>Fewer handoffs: (mean before − mean now) × tickets.</summary>
    HandoffsAvoided,

    /// <summary>Any other KPI that moved the good way.</summary>
    Improved,
}
