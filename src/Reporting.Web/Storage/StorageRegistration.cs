using Microsoft.Extensions.Options;
using Reporting.Core.Storage;

namespace Reporting.Web.Storage;

/// <summary>Wires the database: options, the one shared instance, first-run seeding and /healthz.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddReportingStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DatabaseFile>();
        builder.Services.AddSingleton(services => services.GetRequiredService<DatabaseFile>().Open());
        builder.Services.AddHostedService<FirstRunSeeder>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingStorage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz").WithName("Health").WithDisplayName("Database health").AllowAnonymous();
        return endpoints;
    }
}

/// <summary>The configured database path, resolved against the content root, opened with the configured memory and threads.</summary>
public sealed class DatabaseFile(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Database, environment.ContentRootPath);

    public ReportingDatabase Open() => ReportingDatabase.Open(new Reporting.DuckDb.DuckDbDatabaseOptions
    {
        Path = Path,
        MemoryLimit = options.Value.MemoryLimit,
        Threads = options.Value.Threads > 0 ? options.Value.Threads : Environment.ProcessorCount,
    });
}
