using Reporting.DuckDb;
using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;

namespace Reporting.Core.Kpis;

/// <summary>
/// Computes every KPI of the catalog for an account, a segment and a date range: one cube query per
/// cube (all its KPIs' measures at once, filters bound as parameters by the cube compiler), then the
/// composite KPIs from those values in the catalog's order, then the KPIs computed from the
/// accounts' monthly health (recovery days, revenue at risk) and from ARR movements (retention, churn),
/// each by the <see cref="IComputedKpis"/> given for its "computed:" value.
/// </summary>
public sealed class KpiCalculator
{
    private readonly KpiCatalog catalog;
    private readonly CubeQueryRunner query;
    private readonly ReportingDatabase database;
    private readonly IReadOnlyList<IComputedKpis> computed;

    /// <summary>A catalog KPI computed by none of <paramref name="computed"/> throws now, not at the first request.</summary>
    public KpiCalculator(KpiCatalog catalog, CubeQueryRunner query, ReportingDatabase database, IEnumerable<IComputedKpis> computed)
    {
        this.catalog = catalog;
        this.query = query;
        this.database = database;
        this.computed = computed.ToList();
        if (catalog.Kpis.FirstOrDefault(k => k.Computed is { } c && this.computed.All(s => s.Computed != c)) is { } missing)
        {
            throw new InvalidOperationException($"KPI '{missing.Id}' of {catalog.File} is computed from '{missing.Computed}', which no computation given to the calculator answers.");
        }
    }

    public KpiCalculator(KpiCatalog catalog, CubeEngine engine, ReportingDatabase database, IEnumerable<IComputedKpis> computed)
        : this(catalog, engine.Query, database, computed)
    {
    }

    public KpiCatalog Catalog => catalog;

    public ReportingDatabase Database => database;

    /// <summary>Every KPI by stable id, in the catalog's order; an unknown account throws <see cref="KpiFilterException"/> (not found).</summary>
    public KpiResults Compute(KpiFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        RequireAccount(filter.Account);
        var kpis = catalog.Kpis.Where(k => k.Computed is null).ToList();
        var values = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var cube in Measured(kpis))
        {
            var result = query(KpiCubeQuery.Build(cube.Key, catalog.Cubes[cube.Key], cube.ToList(), filter), today, cancellationToken);
            foreach (var kpi in cube)
            {
                values[kpi.Id] = Read(kpi, result, 0);
            }
        }
        AddComposites(kpis, values);
        foreach (var source in computed.Where(s => catalog.Kpis.Any(k => k.Computed == s.Computed)))
        {
            foreach (var (id, value) in source.Compute(this, filter, today, cancellationToken))
            {
                values[id] = value;
            }
        }
        return Ordered(catalog.Kpis, values);
    }

    /// <summary>
    /// The measured and composite KPIs (<paramref name="only"/> these and what they are made of, or
    /// all) of every account the filter selects, by account id in order; an account without
    /// observations in a cube has no value there (a count: 0). KPIs computed from account health are
    /// not part of it: they are judgements over many accounts' histories.
    /// </summary>
    public IReadOnlyDictionary<string, KpiResults> ComputeByAccount(
        KpiFilter filter, DateOnly today, IReadOnlyCollection<string>? only = null, CancellationToken cancellationToken = default)
    {
        RequireAccount(filter.Account);
        var kpis = Selected(only);
        var accounts = Accounts(filter);
        var values = accounts.ToDictionary(a => a, _ => new Dictionary<string, KpiValue>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var cube in Measured(kpis))
        {
            var result = query(KpiCubeQuery.Build(cube.Key, catalog.Cubes[cube.Key], cube.ToList(), filter, byAccount: true), today, cancellationToken);
            var rows = Enumerable.Range(0, result.Rows.Count)
                .ToDictionary(row => (string)result.Value(row, $"{cube.Key}.{KpiCubeQuery.AccountDimension}")!, StringComparer.Ordinal);
            foreach (var (account, accountValues) in values)
            {
                foreach (var kpi in cube)
                {
                    accountValues[kpi.Id] = rows.TryGetValue(account, out var row) ? Read(kpi, result, row) : Absent(kpi);
                }
            }
        }
        var byAccount = new OrderedDictionary<string, KpiResults>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            AddComposites(kpis, values[account]);
            byAccount.Add(account, Ordered(kpis, values[account]));
        }
        return byAccount;
    }

    private static IEnumerable<IGrouping<string, KpiDefinition>> Measured(IEnumerable<KpiDefinition> kpis) =>
        kpis.Where(k => k.Cube is not null).GroupBy(k => k.Cube!, StringComparer.Ordinal);

    /// <summary>The KPIs asked for and, for composites, their components (recursively), in the catalog's order.</summary>
    private List<KpiDefinition> Selected(IReadOnlyCollection<string>? only)
    {
        var all = catalog.Kpis.Where(k => k.Computed is null).ToList();
        if (only is null)
        {
            return all;
        }
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(only);
        while (pending.TryPop(out var id))
        {
            var kpi = catalog.Kpi(id) ?? throw new ArgumentException($"'{id}' is not a KPI of {catalog.File}.", nameof(only));
            if (wanted.Add(id))
            {
                kpi.Components.ToList().ForEach(c => pending.Push(c.Kpi));
            }
        }
        return all.Where(k => wanted.Contains(k.Id)).ToList();
    }

    private void AddComposites(IEnumerable<KpiDefinition> kpis, Dictionary<string, KpiValue> values)
    {
        foreach (var kpi in kpis.Where(k => k.Components.Count > 0))
        {
            var (value, n) = CompositeKpi.Compute(kpi, catalog, values);
            values[kpi.Id] = new KpiValue(KpiNumbers.Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
        }
    }

    private static KpiResults Ordered(IEnumerable<KpiDefinition> kpis, Dictionary<string, KpiValue> values)
    {
        var ordered = new OrderedDictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var kpi in kpis)
        {
            ordered.Add(kpi.Id, values[kpi.Id]);
        }
        return new KpiResults(ordered);
    }

    private KpiValue Read(KpiDefinition kpi, CubeResult result, int row)
    {
        var value = KpiNumbers.ToDouble(result.Value(row, kpi.Measure!));
        var n = KpiNumbers.ToCount(result.Value(row, kpi.Observations ?? kpi.Measure + ".n"));
        return new KpiValue(KpiNumbers.Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
    }

    /// <summary>No rows for the account: a count of nothing is 0, anything else unknown.</summary>
    private KpiValue Absent(KpiDefinition kpi) => new(kpi.Unit == KpiUnit.Count ? 0 : null, 0, 0 < catalog.LowSampleBelow);

    private List<string> Accounts(KpiFilter filter)
    {
        using var facts = database.ConnectFacts();
        return facts.Query(
                "SELECT account_id FROM dim_account WHERE ($1::VARCHAR IS NULL OR account_id = $1) AND ($2::VARCHAR IS NULL OR segment = $2) ORDER BY account_id",
                filter.Account, filter.Segment)
            .Column<string>("account_id").Values.ToArray().ToList();
    }

    private void RequireAccount(string? account)
    {
        if (account is null)
        {
            return;
        }
        using var facts = database.ConnectFacts();
        if (Convert.ToInt64(facts.Query("SELECT count(*) FROM dim_account WHERE account_id = $1", account).Scalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new KpiFilterException("account", $"no account '{account}'", notFound: true);
        }
    }
}
