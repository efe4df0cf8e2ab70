using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Themes;

namespace Reporting.Core.Ebr;

/// <summary>
/// What the account's people wrote in the period, from the surveys cube: the share of commented
/// answers per theme of reports/themes.yaml, and up to three quotes, the newest of each NPS group
/// (a detractor, a passive, a promoter) before other surveys' comments, short enough to read aloud.
/// </summary>
public sealed class EbrVoices(ThemeDictionary themes, KpiCatalog catalog, CubeQueryRunner run)
{
    public const int MaxQuotes = 3;

    private const int MaxQuoteLength = 280;

    public EbrSentiment Read(string accountId, DateRange period, DateOnly today, CancellationToken cancellationToken)
    {
        var time = new TimeDimensionQuery($"surveys.{catalog.Cubes["surveys"].Time}", null, period);
        var account = new QueryFilter("surveys.account_id", FilterOperator.Equals, [accountId]);
        var shares = run(new CubeQuery { Measures = themes.Themes.Select(t => $"surveys.theme_{t.Name}").ToList(), TimeDimension = time, Filters = [account] }, today, cancellationToken);
        var themeShares = themes.Themes
            .Select(t => new EbrThemeShare(t.Name, t.Title, KpiNumbers.ToDouble(shares.Value(0, $"surveys.theme_{t.Name}")) ?? 0))
            .Where(t => t.Share > 0)
            .OrderByDescending(t => t.Share).ThenBy(t => t.Theme, StringComparer.Ordinal)
            .ToList();
        var commented = themes.Themes.Count == 0 ? 0 : KpiNumbers.ToCount(shares.Value(0, $"surveys.theme_{themes.Themes[0].Name}.n"));
        return new EbrSentiment(themeShares, commented, Quotes(account, time, today, cancellationToken));
    }

    private List<EbrQuote> Quotes(QueryFilter account, TimeDimensionQuery time, DateOnly today, CancellationToken cancellationToken)
    {
        var result = run(new CubeQuery
        {
            Dimensions = ["surveys.responded_on", "surveys.response_id", "surveys.survey_type", "surveys.score", "surveys.nps_group", "surveys.comment"],
            TimeDimension = time,
            Filters = [account, new QueryFilter("surveys.comment", FilterOperator.Set, [])],
            Order = [new QueryOrder("surveys.responded_on", Descending: true), new QueryOrder("surveys.response_id", Descending: false)],
            Limit = 200,
        }, today, cancellationToken);
        var quotes = result.Records()
            .Select(r => new EbrQuote(
                DateOnly.ParseExact(((string)r["surveys.responded_on"]!)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (string)r["surveys.survey_type"]!, Convert.ToInt32(r["surveys.score"], CultureInfo.InvariantCulture),
                r["surveys.nps_group"] as string, ((string)r["surveys.comment"]!).Trim()))
            .Where(q => q.Comment.Length is > 0 and <= MaxQuoteLength)
            .ToList();
        string[] groups = ["detractor", "passive", "promoter"];
        var picked = groups.Select(g => quotes.FirstOrDefault(q => q.Group == g)).OfType<EbrQuote>().ToList();
        picked.AddRange(quotes.Where(q => !picked.Contains(q) && picked.All(p => p.Comment != q.Comment)).Take(MaxQuotes - picked.Count));
        return picked.Take(MaxQuotes).ToList();
    }
}
