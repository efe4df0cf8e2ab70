using System.Globalization;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// How numbers, units and periods read on every page, in the CSV headers and in the embeds.
/// wwwroot/js/charts.js formats chart tooltips the same way: change both together.
/// </summary>
public static class DisplayFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("N" + decimals, English) : "—";

    public static string Value(double? value, int decimals, KpiUnit? unit) =>
        value is null ? "—" : Number(value, decimals) + Suffix(unit);

    public static string Suffix(KpiUnit? unit) => unit switch
    {
        KpiUnit.Percent => " %",
        KpiUnit.Minutes => " min",
        KpiUnit.Hours => " h",
        _ => "",
    };

    /// <summary>A change with its sign: "+2.5", "−1.0", "±0".</summary>
    public static string Change(double? change, int decimals, KpiUnit? unit) => change switch
    {
        null => "—",
        > 0 => "+" + Number(change, decimals) + Suffix(unit),
        < 0 => "−" + Number(-change, decimals) + Suffix(unit),
        _ => "±" + Number(0, decimals),
    };

    /// <summary>A period by its first day: "2026-03-02" (day, week), "Mar 2026", "2026 Q1", "2026".</summary>
    public static string Period(DateOnly start, TimeGranularity? grain) => grain switch
    {
        TimeGranularity.Month => start.ToString("MMM yyyy", English),
        TimeGranularity.Quarter => $"{start.Year} Q{((start.Month - 1) / 3) + 1}",
        TimeGranularity.Year => start.Year.ToString(English),
        _ => start.ToString("yyyy-MM-dd", English),
    };

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", English);

    /// <summary>"Nov 2025 – Apr 2026" for whole months, "Mar 2026" for one, else the two dates.</summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        if (from.Day != 1 || to.AddDays(1).Day != 1)
        {
            return $"{Date(from)} – {Date(to)}";
        }
        var first = from.ToString("MMM yyyy", English);
        var last = to.ToString("MMM yyyy", English);
        return first == last ? first : $"{first} – {last}";
    }

    /// <summary>A KPI's name for people: its measure's title without a trailing unit, else its id in words.</summary>
    public static string KpiTitle(KpiDefinition kpi, SemanticModel model)
    {
        var resolved = kpi.Measure is { } m ? model.Resolve(m) : null;
        var title = resolved?.Cube.Measures.FirstOrDefault(x => x.Name == resolved.Value.Member)?.Title;
        return title is null ? char.ToUpperInvariant(kpi.Id[0]) + kpi.Id[1..].Replace('_', ' ') : title.Replace(" (%)", "", StringComparison.Ordinal);
    }
}
