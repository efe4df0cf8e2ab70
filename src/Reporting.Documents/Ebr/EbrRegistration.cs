using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.ClosedLoop;
using Reporting.Core.Cube.Model;
using Reporting.Core.Ebr;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Themes;
using Reporting.Documents.Cube;

namespace Reporting.Documents.Ebr;

/// <summary>The EBR packs (reports/ebr), their content builder, HTML and Chromium renderer, for the server and the command line alike.</summary>
public static class EbrRegistration
{
    /// <summary>Needs AddReportingCube, AddReportingKpis and AddReportingEarlyWarning first.</summary>
    public static IHostApplicationBuilder AddReportingEbr(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(s => EbrPackCatalog.Load(EbrPackCatalog.DefaultFolder, s.GetRequiredService<KpiCatalog>()));
        services.AddSingleton(s => new EbrContentBuilder(
            s.GetRequiredService<KpiCatalog>(), s.GetRequiredService<SemanticModel>(), s.GetRequiredService<CubeCache>().Query,
            s.GetRequiredService<KpiCalculator>(), s.GetRequiredService<HealthHistory>(), s.GetRequiredService<SignalEvaluator>(),
            s.GetRequiredService<RecoveryPlanner>(), s.GetRequiredService<ClosedLoopReport>(), s.GetRequiredService<ThemeDictionary>()));
        services.AddSingleton<EbrHtml>();
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<EbrPacks>();
        return builder;
    }
}
