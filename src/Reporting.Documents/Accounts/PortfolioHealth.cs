using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;
using Reporting.Core.Health;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Accounts;

/// <summary>
/// Every account's health as of a view's end (the day after its last date: the score of its last
/// whole month), for the accounts matching the view's filters, with the revenue each puts at risk.
/// </summary>
public sealed class PortfolioHealth(HealthHistory history, AccountDirectory directory)
{
    public IReadOnlyList<AccountHealthNow> Read(DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var asOf = filters.Range.To.AddDays(1);
        var month = HealthHistory.CurrentMonth(asOf);
        var segment = filters.Fields.GetValueOrDefault("segment") is [var only] ? only : null;
        var points = history.Months(new KpiFilter(Segment: segment), month, month, today, cancellationToken);
        return directory.All(segment, arrOn: filters.Range.To).Where(a => AccountFilter.Matches(a, filters) && points.ContainsKey(a.Id))
            .Select(a => new AccountHealthNow(a, points[a.Id][^1], history.Exposure(a, points[a.Id][^1], asOf)))
            .ToList();
    }
}

/// <summary>An account's current health point and revenue exposure.</summary>
public sealed record AccountHealthNow(AccountCard Account, HealthPoint Health, RevenueExposure Revenue);
