using Reporting.Documents.Storage;

namespace Reporting.Web.Storage;

/// <summary>Wires the database (as the command line does), the notice on an empty one, and /healthz.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddReportingStorage(this IHostApplicationBuilder builder)
    {
        builder.AddReportingDatabase();
        builder.Services.AddHostedService<EmptyDatabaseNotice>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingStorage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz").WithName("Health").WithDisplayName("Database health").AllowAnonymous();
        return endpoints;
    }
}
