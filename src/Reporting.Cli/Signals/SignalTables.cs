using System.Globalization;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Spectre.Console;

namespace Reporting.Cli.Signals;

/// <summary>Signals and plans as console tables.</summary>
internal static class SignalTables
{
    /// <summary>One account: every signal, fired or not, with the sentences of the checks that held.</summary>
    public static void Write(IAnsiConsole console, AccountSignals judged)
    {
        console.MarkupLineInterpolated($"[bold]{judged.Account.Id}[/] {judged.Account.Name}: signals as of {Day(judged.AsOf)} over {judged.Current.Label}");
        var table = new Table().AddColumns("#", "Signal", "Fired", "Evidence");
        foreach (var signal in judged.Signals)
        {
            table.AddRow(
                signal.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(signal.Title),
                signal.Fired ? "[red]yes[/]" : "no",
                Markup.Escape(string.Join("\n", signal.Reasons)));
        }
        console.Write(table);
    }

    /// <summary>Every account: the signals firing, by number.</summary>
    public static Table Accounts(IReadOnlyList<AccountSignals> all)
    {
        var table = new Table().AddColumns("Account", "Name", "Segment", "Firing", "Signals");
        foreach (var judged in all)
        {
            var fired = judged.Signals.Where(s => s.Fired).ToList();
            table.AddRow(
                Markup.Escape(judged.Account.Id),
                Markup.Escape(judged.Account.Name),
                Markup.Escape(judged.Account.Segment),
                fired.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", fired.Select(s => $"{s.Number} {s.Id}"))));
        }
        table.Columns[3].RightAligned();
        return table;
    }

    public static void Write(IAnsiConsole console, RecoveryPlan plan)
    {
        var why = plan.Kind == PlanKind.Sustain ? "no signal fires: sustain" : $"recovery for {string.Join(", ", plan.Signals)}";
        console.MarkupLineInterpolated($"[bold]{plan.Account.Id}[/] {plan.Account.Name}: 30-60-90 plan as of {Day(plan.AsOf)} ({why})");
        var table = new Table().AddColumns("Due", "Stage", "Action", "Owner", "KPI: baseline → target", "Impact", "Signals");
        foreach (var action in plan.Actions)
        {
            table.AddRow(
                Day(action.Due),
                Markup.Escape(action.StageTitle),
                Markup.Escape(action.Title),
                Markup.Escape(action.Owner),
                Markup.Escape($"{action.Kpi.Id}: {Number(action.Kpi.Baseline)} → {Number(action.Kpi.Target)}"),
                action.Impact.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", action.Evidence.Select(e => e.Number.ToString(CultureInfo.InvariantCulture)))));
        }
        table.Columns[5].RightAligned();
        console.Write(table);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";
}
