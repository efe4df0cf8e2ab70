using System.Collections.Concurrent;
using Reporting.Core.Accounts;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Web.Embed;

/// <summary>
/// Whether a grant makes sense for what it names: the resource exists; each locked filter applies to
/// every chart and tile of it (a lock a chart could not apply would show that chart unfiltered); each
/// editable filter is one of its own and not locked; a per-account dashboard is locked to one account.
/// No lock may be blank. Checked when a token is minted (400) and again on every use (403), as dashboards change.
/// </summary>
public sealed class EmbedScope(DashboardCatalog catalog, SemanticModel model, KpiCatalog kpis, AccountDirectory accounts)
{
    /// <summary>The view's dates and grain, which any resource may lock or let the viewer change.</summary>
    public static readonly IReadOnlySet<string> Dates = new HashSet<string>(StringComparer.Ordinal) { "from", "to", "grain" };

    private readonly ConcurrentDictionary<EmbedResource, (IReadOnlySet<string> Lockable, IReadOnlySet<string> Editable)?> fieldsOf = new();

    /// <summary>
    /// The first thing wrong with a grant about to be signed: what <see cref="Problem"/> checks, and
    /// that each locked account exists (not checked on use: an account gone shows no data, not another's).
    /// </summary>
    public (string Field, string Detail)? MintProblem(EmbedGrant grant, DateOnly today) =>
        grant.Locked.GetValueOrDefault("account_id")?.FirstOrDefault(a => accounts.Find(a) is null) is { } missing
            ? ($"{EmbedClaims.Filters}.account_id", $"there is no account '{missing}'")
            : Problem(grant, today);

    /// <summary>The first thing wrong with the grant, naming its claim, or null when nothing is.</summary>
    public (string Field, string Detail)? Problem(EmbedGrant grant, DateOnly today)
    {
        if (Fields(grant.Resource) is not { } fields)
        {
            return (EmbedClaims.Resource, $"'{grant.Resource}' names nothing this server has");
        }
        if (EmbedLock.Blank(grant.Locked) is { } blank)
        {
            return ($"{EmbedClaims.Filters}.{blank}", $"'{blank}' is locked to nothing: a lock needs a value, or it would show everything");
        }
        if (grant.Locked.Keys.FirstOrDefault(f => !fields.Lockable.Contains(f)) is { } unlockable)
        {
            return ($"{EmbedClaims.Filters}.{unlockable}", $"'{unlockable}' cannot be locked on {grant.Resource}: not everything it shows can be filtered by it");
        }
        if (DatesProblem(grant, today) is { } dates)
        {
            return dates;
        }
        if (grant.Resource.Kind == EmbedResourceKind.Dashboard && catalog.Find(grant.Resource.Id)!.PerAccount
            && grant.Locked.GetValueOrDefault("account_id") is not [_])
        {
            return ($"{EmbedClaims.Filters}.account_id", $"dashboard '{grant.Resource.Id}' shows one account: lock account_id to one");
        }
        if (grant.Editable.FirstOrDefault(e => !fields.Editable.Contains(e) || grant.Locked.ContainsKey(e)) is { } editable)
        {
            return (EmbedClaims.Editable, grant.Locked.ContainsKey(editable)
                ? $"'{editable}' is locked, so it cannot be editable too"
                : $"'{editable}' is not a filter of {grant.Resource}");
        }
        return null;
    }

    /// <summary>What the resource can lock and let change; null when it does not exist.</summary>
    private (IReadOnlySet<string> Lockable, IReadOnlySet<string> Editable)? Fields(EmbedResource resource)
    {
        if (resource.Kind == EmbedResourceKind.Ebr)
        {
            var range = new HashSet<string>(StringComparer.Ordinal) { "from", "to" };
            return accounts.Find(resource.Id) is null ? null : (range, range);
        }
        // Dashboards are read once, at start-up: their fields are worked out once per resource.
        return fieldsOf.GetOrAdd(resource, DashboardFieldsOf);
    }

    private (IReadOnlySet<string> Lockable, IReadOnlySet<string> Editable)? DashboardFieldsOf(EmbedResource resource)
    {
        if (catalog.Find(resource.Id) is not { } dashboard)
        {
            return null;
        }
        IReadOnlyList<string> cubes = resource.Kind == EmbedResourceKind.Dashboard
            ? DashboardFields.Cubes(dashboard, kpis)
            : dashboard.Charts.FirstOrDefault(c => c.Id == resource.Chart) is { } chart ? [chart.Cube] : [];
        if (cubes.Count == 0)
        {
            return null;
        }
        var perCube = cubes.Select(c => DashboardFields.Of(model.Cube(c)!)).ToList();
        var lockable = perCube[0].ToHashSet(StringComparer.Ordinal);
        perCube.Skip(1).ToList().ForEach(lockable.IntersectWith);
        var editable = perCube.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        lockable.UnionWith(Dates);
        editable.UnionWith(Dates);
        return (lockable, editable);
    }

    /// <summary>Locked dates and grain are one value each that reads as the URL would take it.</summary>
    private static (string Field, string Detail)? DatesProblem(EmbedGrant grant, DateOnly today)
    {
        if (grant.Locked.FirstOrDefault(l => Dates.Contains(l.Key) && l.Value.Count > 1) is { Key: { } several })
        {
            return ($"{EmbedClaims.Filters}.{several}", $"'{several}' takes one value");
        }
        try
        {
            DashboardFilters.Parse(grant.Locked.Where(l => Dates.Contains(l.Key)).Select(l => new KeyValuePair<string, string?>(l.Key, l.Value[0])), today);
            return null;
        }
        catch (DashboardFilterException e)
        {
            return ($"{EmbedClaims.Filters}.{e.Parameter}", e.Message);
        }
    }
}
