using System.Globalization;
using Reporting.Core.Kpis;
using Spectre.Console;

namespace Reporting.Cli.Kpis;

/// <summary>The KPIs as a table: value with its unit, target, status against the thresholds, observations.</summary>
internal static class KpiTable
{
    public static Table Of(KpiCatalog catalog, KpiResults results)
    {
        var table = new Table().AddColumns("KPI", "Value", "Target", "Status", "n", "Sample");
        foreach (var kpi in catalog.Kpis)
        {
            var result = results.Kpis[kpi.Id];
            table.AddRow(
                Markup.Escape(kpi.Id),
                Format(result.Value, kpi),
                Format(kpi.Target, kpi),
                Status(kpi.Rate(result.Value)),
                result.N.ToString(CultureInfo.InvariantCulture),
                result.LowSample ? "[yellow]low[/]" : "");
        }
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        table.Columns[4].RightAligned();
        return table;
    }

    private static string Format(double? value, KpiDefinition kpi) => value is not { } v ? "–" : Markup.Escape(
        v.ToString("F" + kpi.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + kpi.Unit switch
        {
            KpiUnit.Percent => " %",
            KpiUnit.Minutes => " min",
            KpiUnit.Hours => " h",
            KpiUnit.Days => " d",
            KpiUnit.Count or KpiUnit.Ratio or KpiUnit.Score or KpiUnit.Currency => "",
            _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi.Unit, null),
        });

    private static string Status(KpiStatus status) => status switch
    {
        KpiStatus.Good => "[green]good[/]",
        KpiStatus.Warn => "[yellow]warn[/]",
        KpiStatus.Bad => "[red]bad[/]",
        KpiStatus.Unknown => "",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
