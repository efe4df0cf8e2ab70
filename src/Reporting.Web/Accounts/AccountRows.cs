using Reporting.Core.Accounts;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Web.Cube;
using Reporting.Web.Dashboards;

namespace Reporting.Web.Accounts;

/// <summary>The Accounts table for a view: each account that matches its filters, with its KPIs over its dates.</summary>
public sealed class AccountRows(AccountDirectory directory, KpiCatalog catalog, SemanticModel model, CubeCache cache)
{
    private readonly AccountKpiTable kpis = new(catalog, model, cache.Query);

    public IReadOnlyList<AccountRow> Read(DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var accounts = directory.All().OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal);
        var values = kpis.Compute(filters, today, cancellationToken);
        return accounts.Where(a => Matches(a, filters)).Select(a => new AccountRow(a, AccountKpiTable.Columns
            .Select(id => Cell(catalog.Kpi(id)!, values.GetValueOrDefault(a.Id)?.GetValueOrDefault(id)))
            .ToList())).ToList();
    }

    public IReadOnlyList<string> Headers() => AccountKpiTable.Columns.Select(id => DisplayFormat.KpiTitle(catalog.Kpi(id)!, model)).ToList();

    private static AccountKpiCell Cell(KpiDefinition kpi, KpiValue? value) => new(kpi.Id, value?.Value,
        DisplayFormat.Value(value?.Value, kpi.Decimals, kpi.Unit), kpi.Rate(value?.Value).ToString().ToLowerInvariant(), value?.LowSample ?? true);

    private static bool Matches(AccountCard account, DashboardFilters filters) => filters.Fields.All(f => f.Key switch
    {
        "segment" => f.Value.Contains(account.Segment),
        "region" => account.Region is { } r && f.Value.Contains(r),
        "tier" => account.Tier is { } t && f.Value.Contains(t),
        "csm" => account.Csm is { } c && f.Value.Contains(c),
        "account_id" => f.Value.Contains(account.Id),
        _ => true,
    });
}

public sealed record AccountRow(AccountCard Account, IReadOnlyList<AccountKpiCell> Kpis);

public sealed record AccountKpiCell(string Kpi, double? Value, string Display, string Status, bool LowSample);
