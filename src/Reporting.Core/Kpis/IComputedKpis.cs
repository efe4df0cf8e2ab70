namespace Reporting.Core.Kpis;

/// <summary>
/// The KPIs of the catalog marked "computed: <see cref="Computed"/>": judgements built above the KPIs
/// (account health, revenue movements) from the calculator's measured KPIs and the database. The
/// calculator is handed these by its composition root and calls them without knowing them, so the
/// folders that compute them depend on Kpis and not the other way round.
/// </summary>
public interface IComputedKpis
{
    /// <summary>The <see cref="KpiDefinition.Computed"/> value of the KPIs this computes.</summary>
    string Computed { get; }

    /// <summary>Each of the catalog's KPIs marked <see cref="Computed"/>, by id, for the request.</summary>
    IEnumerable<(string Id, KpiValue Value)> Compute(KpiCalculator calculator, KpiFilter filter, DateOnly today, CancellationToken cancellationToken);
}
