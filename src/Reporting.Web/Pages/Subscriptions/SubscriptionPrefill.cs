using System.Globalization;
using Microsoft.Extensions.Primitives;
using Reporting.Core.Dashboards;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>
/// "E-mail this": the new-subscription form filled from the page it was opened on. A dashboard passes
/// its id and its own filter parameters (from, to, grain, segment …); an account its id (kind
/// account-pack, or a digest of Account 360). Dates that are the last N whole months become the
/// period "last-N-months", so the digest moves on with time; other dates stay fixed filters.
/// </summary>
public static class SubscriptionPrefill
{
    private static readonly HashSet<string> Own = new(StringComparer.Ordinal) { "kind", "dashboard", "account", "name", "period" };

    public static SubscriptionForm Read(IQueryCollection query, string creator, DateOnly today)
    {
        var form = new SubscriptionForm { Members = creator };
        if (Value(query, "kind") is { } kind)
        {
            form.Kind = kind;
        }
        form.Dashboard = Value(query, "dashboard") ?? form.Dashboard;
        form.AccountId = Value(query, "account");
        var filters = query.Where(p => !Own.Contains(p.Key) && !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        if (form.Kind == "dashboard-digest" && form.Dashboard == "account" && form.AccountId is { } account)
        {
            filters["account_id"] = account;
        }
        form.Period = Value(query, "period") ?? Months(filters, today);
        if (form.Period is not null)
        {
            filters.Remove("from");
            filters.Remove("to");
        }
        if (filters.GetValueOrDefault("grain") == "month")
        {
            filters.Remove("grain");
        }
        form.Filters = string.Join("&", filters.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        form.Name = Value(query, "name") ?? "";
        if (form.Kind != "dashboard-digest")
        {
            // A pack goes to the account's executives by default; the creator may add themselves.
            (form.Members, form.ContactRoles, form.ScheduleKind, form.DaysBefore) = (null, ["executive"], "before-renewal", 30);
        }
        return form;
    }

    /// <summary>"last-N-months" when the dates are the N whole months before this month; else null.</summary>
    private static string? Months(IReadOnlyDictionary<string, string> filters, DateOnly today)
    {
        if (!filters.TryGetValue("from", out var from) || !filters.TryGetValue("to", out var to))
        {
            return null;
        }
        for (var months = 1; months <= 24; months++)
        {
            var range = DashboardFilters.LastMonths(today, months);
            if (range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == from && range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == to)
            {
                return $"last-{months}-months";
            }
        }
        return null;
    }

    private static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var value) && !StringValues.IsNullOrEmpty(value) && value.ToString().Trim() is { Length: > 0 } text ? text : null;
}
