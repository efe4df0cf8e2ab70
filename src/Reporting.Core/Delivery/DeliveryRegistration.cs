using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reporting.Core.Access;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;

namespace Reporting.Core.Delivery;

/// <summary>
/// The delivery engine's services over the registered ReportingDatabase: store, ledger, planner,
/// sender, runner, SMTP and webhook transports. The message composer (<see cref="IDeliveryComposer"/>)
/// comes from the caller's registrations (AddReportingDeliveryComposer of Reporting.Documents); health rules use the
/// KpiCalculator when one is registered.
/// </summary>
public static class DeliveryRegistration
{
    public static IServiceCollection AddReportingDelivery(this IServiceCollection services, DeliverySettings delivery, SmtpSettings smtp)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TeamDirectory(sp.GetRequiredService<ReportingDatabase>()));
        services.AddSingleton(delivery);
        services.AddSingleton(smtp);
        services.AddSingleton(sp => new SubscriptionStore(sp.GetRequiredService<ReportingDatabase>()));
        services.AddSingleton(sp => new DeliveryLedger(sp.GetRequiredService<ReportingDatabase>()));
        services.AddSingleton(sp => new DeliveryFacts(sp.GetRequiredService<ReportingDatabase>()));
        services.AddSingleton(sp => UnsubscribeLinks.For(sp.GetRequiredService<SubscriptionStore>(), delivery.UnsubscribeSecret));
        services.AddSingleton(sp => new PackAccounts(
            sp.GetRequiredService<DeliveryFacts>(), sp.GetRequiredService<TeamDirectory>(),
            sp.GetService<KpiCalculator>() is { } calculator ? new HealthHistory(calculator) : null));
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<DeliveryPlanner>();
        services.AddSingleton<IDeliveryTransport>(new SmtpTransport(smtp));
        services.AddSingleton<IDeliveryTransport>(new WebhookTransport(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<DeliveryRunner>();
        return services;
    }
}
