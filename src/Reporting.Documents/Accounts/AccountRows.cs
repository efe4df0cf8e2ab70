using Reporting.Core.Accounts;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Signals;
using Reporting.Documents.Cube;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Accounts;

/// <summary>The Accounts table for a view: each account that matches its filters, with its KPIs over its dates.</summary>
public sealed class AccountRows(AccountDirectory directory, PortfolioHealth portfolio, SignalEvaluator signals, KpiCatalog catalog, SemanticModel model, CubeCache cache)
{
    private readonly AccountKpiTable kpis = new(catalog, model, cache.Query);

    public IReadOnlyList<AccountRow> Read(DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var accounts = directory.All(arrOn: filters.Range.To).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal);
        var values = kpis.Compute(filters, today, cancellationToken);
        var health = portfolio.Read(filters, today, cancellationToken).ToDictionary(h => h.Account.Id, StringComparer.Ordinal);
        var segment = filters.Fields.GetValueOrDefault("segment") is [var only] ? only : null;
        var fired = signals.ForAll(filters.Range.To.AddDays(1), segment, cancellationToken).ToDictionary(s => s.Account.Id, s => s.Fired, StringComparer.Ordinal);
        return accounts.Where(a => AccountFilter.Matches(a, filters)).Select(a => new AccountRow(a, AccountKpiTable.Columns
            .Select(id => Cell(catalog.Kpi(id)!, values.GetValueOrDefault(a.Id)?.GetValueOrDefault(id)))
            .ToList()) { Health = health.GetValueOrDefault(a.Id), Signals = fired.GetValueOrDefault(a.Id) ?? [] }).ToList();
    }

    public IReadOnlyList<string> Headers() => AccountKpiTable.Columns.Select(id => DisplayFormat.KpiTitle(catalog.Kpi(id)!, model)).ToList();

    private static AccountKpiCell Cell(KpiDefinition kpi, KpiValue? value) => new(kpi.Id, value?.Value,
        DisplayFormat.Value(value?.Value, kpi.Decimals, kpi.Unit), kpi.Rate(value?.Value).ToString().ToLowerInvariant(), value?.LowSample ?? true);
}

public sealed record AccountRow(AccountCard Account, IReadOnlyList<AccountKpiCell> Kpis)
{
    /// <summary>The health score of the view's last whole month; null without one.</summary>
    public AccountHealthNow? Health { get; init; }

    /// <summary>The warning signals that fired as of the view's end (ids of reports/playbook.yaml).</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
}

public sealed record AccountKpiCell(string Kpi, double? Value, string Display, string Status, bool LowSample);
