using Reporting.Core.Accounts;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;

namespace Reporting.Core.Ebr;

/// <summary>
/// Everything one account's pack shows, built before rendering starts (the pages call no service):
/// the KPI tiles of the period (the dashboards' own tiles, so the numbers are the cube's) and of
/// the twelve months ending with it (the trends), and one model per section.
/// </summary>
public sealed record EbrContent(EbrPack Pack, AccountCard Account, DateRange Period, DateRange PreviousPeriod, DateOnly AsOf, DateOnly GeneratedOn)
{
    /// <summary>The period's tiles by KPI id: value, observations, previous period, target status.</summary>
    public required IReadOnlyDictionary<string, KpiTile> Tiles { get; init; }

    /// <summary>Tiles over the twelve months ending with the period, whose monthly sparkline is the trend.</summary>
    public required IReadOnlyDictionary<string, KpiTile> Trends { get; init; }

    public required EbrSummary Summary { get; init; }

    public required EbrSentiment Sentiment { get; init; }

    public required EbrSupport Support { get; init; }

    public required EbrClosedLoop ClosedLoop { get; init; }

    public required RecoveryPlan Plan { get; init; }

    /// <summary>The KPIs the pack shows, in the catalog's order: the appendix.</summary>
    public required IReadOnlyList<KpiDefinition> Definitions { get; init; }

    /// <summary>kpis.yaml's low_sample_below, which the appendix states.</summary>
    public required int LowSampleBelow { get; init; }
}
