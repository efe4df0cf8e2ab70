using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Documents.Cube;

/// <summary>The semantic model over the database, the cube engine, its gate and cache, and the reporting clock.</summary>
public static class CubeRegistration
{
    /// <summary>Needs AddReportingDatabase first; the model is loaded and validated when first resolved (a bad model names file and member).</summary>
    public static IHostApplicationBuilder AddReportingCube(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            using var connection = services.GetRequiredService<ReportingDatabase>().Connect();
            return SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        });
        // Flags low samples by kpis.yaml's setting, as the tiles do.
        builder.Services.AddSingleton(services => new CubeEngine(services.GetRequiredService<SemanticModel>(),
            services.GetRequiredService<ReportingDatabase>(), services.GetRequiredService<KpiCatalog>().LowSampleBelow));
        builder.Services.AddOptions<CubeOptions>().BindConfiguration(CubeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CubeGate>();
        builder.Services.AddSingleton<CubeCache>();
        // What Core's reports ask the cube through: the cache, so their answers are cached too.
        builder.Services.AddSingleton<CubeQueryRunner>(services => services.GetRequiredService<CubeCache>().Query);
        builder.Services.AddReportingClock();
        return builder;
    }
}
