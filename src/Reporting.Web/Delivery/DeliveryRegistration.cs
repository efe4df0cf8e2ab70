using Reporting.Core.Delivery;
using Reporting.Web.Dashboards;
using Reporting.Web.Ebr;
using Reporting.Web.Surveys;

namespace Reporting.Web.Delivery;

/// <summary>
/// What composes deliveries: the dashboards' request path, the EBR packs and the mail bodies. Usable
/// by the server and by the command line (which has no HTTP): what is missing of the dashboards, the
/// survey plan and the packs is registered here, after storage, cube, KPIs and signals.
/// </summary>
public static class DeliveryRegistration
{
    public static IHostApplicationBuilder AddReportingDeliveryComposer(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(s => s.ServiceType == typeof(DashboardRequests)))
        {
            builder.AddReportingDashboards();
        }
        if (!services.Any(s => s.ServiceType == typeof(Core.Surveys.SurveyPlanner)))
        {
            builder.AddReportingSurveys();
        }
        if (!services.Any(s => s.ServiceType == typeof(EbrPacks)))
        {
            builder.AddReportingEbr();
        }
        // The dashboards ask the request's caller whether to show verbatims; off a request there is none.
        services.AddHttpContextAccessor();
        services.AddSingleton<DashboardSnapshots>();
        services.AddSingleton<DashboardPdf>();
        services.AddSingleton<IDeliveryComposer, DeliveryComposer>();
        return builder;
    }

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
