using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Core.Accounts;

/// <summary>
/// KPIs per account for a view (the Accounts table): one cube query per cube, broken down by
/// account, with the view's dates and filters, so each number equals that account's cube answer.
/// </summary>
public sealed class AccountKpiTable(KpiCatalog catalog, SemanticModel model, CubeQueryRunner run)
{
    /// <summary>The KPIs the table shows, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["nps", "csat", "frt_median_minutes", "reopen_rate", "handoffs_per_ticket", "active_user_ratio"];

    /// <summary>Values by account id, then KPI id; an account without observations has no entry for that KPI.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, KpiValue>> Compute(DashboardFilters filters, DateOnly today, CancellationToken cancellationToken = default)
    {
        var byAccount = new Dictionary<string, Dictionary<string, KpiValue>>(StringComparer.Ordinal);
        foreach (var group in Columns.Select(id => catalog.Kpi(id)!).GroupBy(k => k.Cube!, StringComparer.Ordinal))
        {
            var kpis = group.ToList();
            var measures = kpis.SelectMany(k => new[] { k.Measure!, k.Observations }).OfType<string>().Distinct(StringComparer.Ordinal);
            var chart = new ChartDefinition("accounts", "accounts", ChartKind.Bar, group.Key, measures.Select(m => new ChartSeries(m, m, null)).ToList())
            {
                Breakdown = "account_id",
            };
            var result = run(ChartQuery.Build(chart, filters, model.Cube(group.Key)!, catalog.Cubes[group.Key]), today, cancellationToken);
            var records = result.Records();
            foreach (var record in records)
            {
                var account = (string)record[$"{group.Key}.account_id"]!;
                var values = byAccount.TryGetValue(account, out var found) ? found : byAccount[account] = new(StringComparer.Ordinal);
                foreach (var kpi in kpis)
                {
                    var n = KpiNumbers.ToCount(record[kpi.Observations ?? kpi.Measure + ".n"]);
                    values[kpi.Id] = new KpiValue(KpiNumbers.ToDouble(record[kpi.Measure!]) is { } v ? Math.Round(v, kpi.Decimals, MidpointRounding.AwayFromZero) : null, n, n < catalog.LowSampleBelow);
                }
            }
        }
        return byAccount;
    }
}
