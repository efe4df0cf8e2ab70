using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Delivery;
using Reporting.Core.Surveys;
using Reporting.Documents.Dashboards;
using Reporting.Documents.Ebr;
using Reporting.Documents.Surveys;

namespace Reporting.Documents.Delivery;

/// <summary>
/// What composes deliveries: the dashboards' view path, the EBR packs and the mail bodies. Used by the
/// server and by the command line (which has no HTTP): what is missing of the dashboards, the survey
/// plan and the packs is registered here, after storage, cube, KPIs and early warning.
/// </summary>
public static class DeliveryComposerRegistration
{
    public static IHostApplicationBuilder AddReportingDeliveryComposer(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(s => s.ServiceType == typeof(SurveyPlanner)))
        {
            builder.AddReportingSurveys();
        }
        if (!services.Any(s => s.ServiceType == typeof(DashboardRequests)))
        {
            builder.AddReportingDashboardViews();
        }
        if (!services.Any(s => s.ServiceType == typeof(EbrPacks)))
        {
            builder.AddReportingEbr();
        }
        services.AddSingleton<DashboardSnapshots>();
        services.AddSingleton<DashboardPdf>();
        services.AddSingleton<IDeliveryComposer, DeliveryComposer>();
        return builder;
    }
}
