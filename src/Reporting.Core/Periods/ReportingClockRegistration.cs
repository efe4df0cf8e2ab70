using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Reporting.Core.Periods;

public static class ReportingClockRegistration
{
    /// <summary>The system clock unless the caller (a test) registered its own TimeProvider first.</summary>
    public static IServiceCollection AddReportingClock(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportingClock>();
        return services;
    }
}
