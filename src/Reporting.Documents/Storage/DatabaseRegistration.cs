using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Reporting.Documents.Storage;

/// <summary>Wires the database for the server and the command line alike: options and the one shared instance.</summary>
public static class DatabaseRegistration
{
    public static IHostApplicationBuilder AddReportingDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DatabaseFile>();
        builder.Services.AddSingleton(services => services.GetRequiredService<DatabaseFile>().Open());
        return builder;
    }
}
