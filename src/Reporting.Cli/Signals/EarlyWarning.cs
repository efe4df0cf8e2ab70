using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Planning;
using Reporting.Core.Revenue;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;

namespace Reporting.Cli.Signals;

/// <summary>The shipped model, KPI catalog, themes and playbook over a database: the signal evaluator and planner the commands use.</summary>
internal sealed record EarlyWarning(SignalEvaluator Signals, RecoveryPlanner Planner)
{
    public static EarlyWarning Open(ReportingDatabase database)
    {
        SemanticModel model;
        using (var connection = database.Connect())
        {
            model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        }
        var catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, model);
        KpiSettingsTables.Apply(catalog, database);
        var themes = ThemeDictionary.Read(Playbook.DefaultThemesPath);
        var playbook = Playbook.Load(Playbook.DefaultPath, catalog, themes);
        var signals = new SignalEvaluator(new KpiCalculator(catalog, new CubeEngine(model, database), database, [new AccountHealthKpis(), new RevenueKpis()]), playbook, themes);
        return new EarlyWarning(signals, new RecoveryPlanner(signals, catalog));
    }

    /// <summary>--as-of: a date (YYYY-MM-DD) in the supported span, today (UTC) when absent; what is wrong with it, or null.</summary>
    public static string? AsOf(string? text, out DateOnly asOf)
    {
        asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        return string.IsNullOrWhiteSpace(text) ? null : SupportedDates.Parse(text.Trim(), out asOf);
    }
}
