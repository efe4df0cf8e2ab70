using Reporting.Core.Delivery;
using Reporting.Documents.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>The server's subscriptions: the delivery engine, the composer, the editor and the scheduler.</summary>
public static class DeliveryRegistration
{
    /// <summary>
    /// The server's deliveries: the engine over Reporting:Delivery and Reporting:Smtp, the composer,
    /// the subscription editor, and (when Reporting:Delivery:Enabled) the scheduler.
    /// </summary>
    public static IHostApplicationBuilder AddReportingSubscriptions(this IHostApplicationBuilder builder)
    {
        var delivery = builder.Configuration.GetSection("Reporting:Delivery").Get<DeliverySettings>() ?? new DeliverySettings();
        var smtp = builder.Configuration.GetSection("Reporting:Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        builder.Services.AddReportingDelivery(delivery, smtp);
        builder.AddReportingDeliveryComposer();
        builder.Services.AddSingleton<SendTest>();
        builder.Services.AddSingleton<SubscriptionEditor>();
        if (delivery.Enabled)
        {
            builder.Services.AddHostedService<DeliveryScheduler>();
        }
        return builder;
    }
}
