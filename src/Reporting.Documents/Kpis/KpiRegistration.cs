using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Storage;
using Reporting.Documents.Cube;

namespace Reporting.Documents.Kpis;

/// <summary>The KPI catalog and calculator, for the server and the command line alike.</summary>
public static class KpiRegistration
{
    /// <summary>Loads reports/kpis.yaml against the model; the calculator asks the cube through its cache. Needs AddReportingCube first.</summary>
    public static IHostApplicationBuilder AddReportingKpis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => KpiCatalog.Load(KpiCatalog.DefaultPath, services.GetRequiredService<SemanticModel>()));
        builder.Services.AddSingleton(services => new KpiCalculator(
            services.GetRequiredService<KpiCatalog>(),
            services.GetRequiredService<CubeCache>().Query,
            services.GetRequiredService<ReportingDatabase>(),
            [new AccountHealthKpis(), new RevenueKpis()]));
        return builder;
    }
}
