using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;

namespace Reporting.Core.Kpis;

/// <summary>
/// Computes every KPI of the catalog for an account, a segment and a date range: one cube query per
/// cube (all its KPIs' measures at once, filters bound as parameters by the cube compiler), then the
/// composite KPIs from those values.
/// </summary>
public sealed class KpiCalculator(KpiCatalog catalog, CubeQueryRunner query, ReportingDatabase database)
{
    public KpiCalculator(KpiCatalog catalog, CubeEngine engine, ReportingDatabase database)
        : this(catalog, engine.Query, database)
    {
    }

    public KpiCatalog Catalog => catalog;

    /// <summary>Every KPI by stable id, in the catalog's order; an unknown account throws <see cref="KpiFilterException"/> (not found).</summary>
    public KpiResults Compute(KpiFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        RequireAccount(filter.Account);
        var values = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var cube in catalog.Kpis.Where(k => k.Cube is not null).GroupBy(k => k.Cube!, StringComparer.Ordinal))
        {
            var result = query(KpiCubeQuery.Build(cube.Key, catalog.Cubes[cube.Key], cube.ToList(), filter), today, cancellationToken);
            foreach (var kpi in cube)
            {
                values[kpi.Id] = Read(kpi, result);
            }
        }
        foreach (var kpi in catalog.Kpis.Where(k => k.Components.Count > 0))
        {
            var (value, n) = CompositeKpi.Compute(kpi, catalog, values);
            values[kpi.Id] = new KpiValue(Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
        }
        var ordered = new OrderedDictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var kpi in catalog.Kpis)
        {
            ordered.Add(kpi.Id, values[kpi.Id]);
        }
        return new KpiResults(ordered);
    }

    private KpiValue Read(KpiDefinition kpi, CubeResult result)
    {
        var value = KpiNumbers.ToDouble(result.Value(0, kpi.Measure!));
        var n = KpiNumbers.ToCount(result.Value(0, kpi.Observations ?? kpi.Measure + ".n"));
        return new KpiValue(Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
    }

    private void RequireAccount(string? account)
    {
        if (account is null)
        {
            return;
        }
        using var connection = database.Connect();
        if (Convert.ToInt64(connection.Query("SELECT count(*) FROM dim_account WHERE account_id = $1", account).Scalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new KpiFilterException("account", $"no account '{account}'", notFound: true);
        }
    }

    private static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
