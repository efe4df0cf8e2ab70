using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Reporting.Core.Dashboards;

namespace Reporting.Web.Embed;

/// <summary>
/// The query an embed's view is built from: the viewer's parameters the grant lets change, with the
/// locked filters merged over them. Any other parameter is refused (403), naming it: a locked filter
/// given another value (or emptied), a filter the grant does not make editable, or dates and grain
/// moved from their defaults when they are not editable. Repeating a locked value, or a default, is
/// allowed, so a view's own URLs (its CSV link) can be followed as they are.
/// </summary>
public static class EmbedQuery
{
    public static QueryCollection Merge(EmbedGrant grant, IQueryCollection query, DateOnly today)
    {
        var merged = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (grant.Editable.Contains(key))
            {
                merged[key] = values;
            }
            else if (grant.Locked.TryGetValue(key, out var locked))
            {
                RequireLocked(key, values, locked);
            }
            else
            {
                RequireDefault(key, values, today);
            }
        }
        foreach (var (key, locked) in grant.Locked)
        {
            merged[key] = new StringValues(locked.ToArray());
        }
        return new QueryCollection(merged);
    }

    private static void RequireLocked(string key, StringValues values, IReadOnlyList<string> locked)
    {
        var asked = values.Select(v => v?.Trim() ?? "").ToHashSet(StringComparer.Ordinal);
        if (!asked.SetEquals(locked))
        {
            throw EmbedRefusal.Forbidden($"'{key}' is locked to {string.Join(", ", locked)} by the embed token", key);
        }
    }

    private static void RequireDefault(string key, StringValues values, DateOnly today)
    {
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        if (given.Count == 0)
        {
            return;
        }
        var defaults = DashboardFilters.Default(today).ToParameters().Where(p => p.Key == key).Select(p => p.Value).ToList();
        if (!EmbedScope.Dates.Contains(key) || !given.All(defaults.Contains))
        {
            throw EmbedRefusal.Forbidden($"'{key}' cannot be changed in this embed", key);
        }
    }
}
