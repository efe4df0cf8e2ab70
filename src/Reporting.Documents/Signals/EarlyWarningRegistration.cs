using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Accounts;
using Reporting.Core.ClosedLoop;
using Reporting.Core.FeatureImpact;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Reporting.Documents.Cube;

namespace Reporting.Documents.Signals;

/// <summary>
/// Early warning without its alerts: themes, the playbook, <see cref="AccountDirectory"/>,
/// <see cref="HealthHistory"/>, <see cref="SignalEvaluator"/>, <see cref="RecoveryPlanner"/>,
/// <see cref="ClosedLoopReport"/> and <see cref="FeatureImpactTable"/>: what the pages, the packs and
/// the command line read. The server adds its alert monitor on top (AddReportingSignals).
/// </summary>
public static class EarlyWarningRegistration
{
    /// <summary>Needs AddReportingCube and AddReportingKpis first.</summary>
    public static IHostApplicationBuilder AddReportingEarlyWarning(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(_ => ThemeDictionary.Read(Playbook.DefaultThemesPath));
        services.AddSingleton(s => Playbook.Load(Playbook.DefaultPath, s.GetRequiredService<KpiCatalog>(), s.GetRequiredService<ThemeDictionary>()));
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<HealthHistory>();
        services.AddSingleton<SignalEvaluator>();
        services.AddSingleton<RecoveryPlanner>();
        services.AddSingleton<ClosedLoopReport>();
        services.AddSingleton<FeatureImpactTable>();
        return builder;
    }
}
