using System.Globalization;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Ebr;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Ebr;

/// <summary>How the pack words its numbers: the dashboards' formats (<see cref="DisplayFormat"/>) plus the sentences of wins and risks.</summary>
public static class EbrText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Period(DateRange range) => DisplayFormat.Range(range.From, range.To);

    public static string Value(KpiValue value, KpiDefinition kpi) => DisplayFormat.Value(value.Value, kpi.Decimals, kpi.Unit);

    public static string Value(double? value, KpiDefinition kpi) => DisplayFormat.Value(value, kpi.Decimals, kpi.Unit);

    public static string Change(KpiTile tile) => DisplayFormat.Change(tile.Change, tile.Kpi.Decimals, tile.Kpi.Unit);

    public static string Count(double value) => value.ToString("N0", English);

    public static string Status(KpiStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>"improved", "worsened", or "" when flat, unknown, or inside the margin of error.</summary>
    public static string Direction(KpiTile tile) => tile.Significant == false ? "" : tile.Improved switch
    {
        true => "improved",
        false => "worsened",
        null => "",
    };

    /// <summary>Whether a value is better (or worse) than another in the KPI's good direction: a CSS class.</summary>
    public static string Against(KpiDefinition kpi, double? value, double? other) => (value, other) switch
    {
        ({ } v, { } o) when v != o => (v < o) == (kpi.Direction == KpiDirection.Down) ? "better" : "worse",
        _ => "",
    };

    public static (string Label, string Css) Health(HealthPoint point, double atRiskBelow) => point.Score switch
    {
        null => ("No score yet", "unknown"),
        < 50 => ("At risk", "bad"),
        { } s when s < atRiskBelow => ("At risk", "warn"),
        _ => ("Healthy", "good"),
    };

    /// <summary>A win told as an outcome: a headline and the numbers behind it.</summary>
    public static (string Headline, string Detail) Win(EbrWin win, IReadOnlyDictionary<string, string> titles)
    {
        var tile = win.Tile;
        var kpi = tile.Kpi;
        var move = $"{Value(tile.Previous, kpi)} → {Value(tile.Current, kpi)}";
        var n = Count(tile.Current.N);
        var saved = win.Saved is { } s ? Math.Round(s, MidpointRounding.AwayFromZero) : 0;
        return (win.Kind, saved) switch
        {
            (EbrWinKind.WaitingSaved, >= 1) => ($"About {Count(saved)} hours of waiting saved", $"First replies came faster: median {move} over {n} answered tickets."),
            (EbrWinKind.ResolutionSaved, >= 1) => ($"About {Count(saved)} hours sooner to resolution", $"Median time to resolution {move} over {n} solved tickets."),
            (EbrWinKind.ReopensAvoided, >= 1) => ($"About {Count(saved)} fewer reopened tickets", $"Reopen rate {move} over {n} solved tickets."),
            (EbrWinKind.HandoffsAvoided, >= 1) => ($"About {Count(saved)} fewer handoffs", $"Handoffs per ticket {move} over {n} tickets."),
            _ => ($"{titles[kpi.Id]} {(kpi.Direction == KpiDirection.Up ? "up" : "down")} {DisplayFormat.Change(Math.Abs(tile.Change ?? 0), kpi.Decimals, kpi.Unit).TrimStart('+')}",
                $"{move} against the previous period{Target(kpi, tile.Current.Value)}."),
        };
    }

    private static string Target(KpiDefinition kpi, double? value) => kpi.Target is not { } target || value is not { } v ? ""
        : (v >= target) == (kpi.Direction == KpiDirection.Up) ? $", on target ({Value(target, kpi)})" : $", target {Value(target, kpi)}";

    public static string Date(DateOnly date) => DisplayFormat.Date(date);

    /// <summary>
    /// A signal's reason as a sentence for people: the KPI ids it names become their titles
    /// ("reopen_rate rose from 0 to 40" → "Reopen rate rose from 0 to 40"), theme names words, a capital and a full stop.
    /// </summary>
    /// <summary>A signal's period label, "2026-01..2026-03" or "2026-03", and not a date's first part.</summary>
    private static readonly System.Text.RegularExpressions.Regex MonthLabel =
        new(@"\b(\d{4})-(\d{2})(?:\.\.(\d{4})-(\d{2}))?\b(?!-\d)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>A period label as the pack writes periods: "Jan 2026 – Mar 2026".</summary>
    private static string Months(System.Text.RegularExpressions.Match label)
    {
        int Number(int group) => int.Parse(label.Groups[group].Value, CultureInfo.InvariantCulture);
        var from = new DateOnly(Number(1), Number(2), 1);
        var last = label.Groups[3].Success ? new DateOnly(Number(3), Number(4), 1) : from;
        return DisplayFormat.Range(from, last.AddMonths(1).AddDays(-1));
    }

    public static string Reason(string reason, IReadOnlyDictionary<string, string> titles)
    {
        foreach (var (id, title) in titles.OrderByDescending(t => t.Key.Length))
        {
            reason = System.Text.RegularExpressions.Regex.Replace(reason, $@"\b{id}\b", title);
        }
        reason = MonthLabel.Replace(reason.Replace('_', ' '), Months);
        return char.ToUpperInvariant(reason[0]) + reason[1..] + (reason.EndsWith('.') ? "" : ".");
    }

    /// <summary>"P1" and so on stay; the roles and categories of the data read as words.</summary>
    public static string Words(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : char.ToUpperInvariant(text[0]) + text[1..].Replace('_', ' ');
}
