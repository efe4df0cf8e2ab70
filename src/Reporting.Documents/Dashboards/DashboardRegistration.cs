using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Documents.Accounts;
using Reporting.Documents.Revenue;

namespace Reporting.Documents.Dashboards;

/// <summary>The dashboards (reports/dashboards) and what builds their views, for the pages and the deliveries alike.</summary>
public static class DashboardRegistration
{
    /// <summary>Panels the views know how to build (a dashboard file may name them).</summary>
    public static readonly IReadOnlySet<string> Panels = new HashSet<string>(StringComparer.Ordinal) { "verbatims", "accounts_at_risk", "survey_plan", RevenuePanel.Name };

    /// <summary>Needs AddReportingCube, AddReportingKpis, AddReportingEarlyWarning and AddReportingSurveys first.</summary>
    public static IHostApplicationBuilder AddReportingDashboardViews(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => DashboardCatalog.Load(DashboardCatalog.DefaultFolder,
            services.GetRequiredService<SemanticModel>(), services.GetRequiredService<KpiCatalog>(), Panels));
        builder.Services.AddSingleton<DashboardViewBuilder>();
        builder.Services.AddSingleton<DashboardRequests>();
        builder.Services.AddSingleton<VerbatimPanel>();
        builder.Services.AddSingleton<AccountRows>();
        builder.Services.AddSingleton<PortfolioHealth>();
        builder.Services.AddSingleton<Core.Revenue.RevenueOutcomes>();
        builder.Services.AddSingleton<RevenuePanel>();
        builder.Services.TryAddSingleton<IVerbatimAccess, OffRequestVerbatimAccess>();
        return builder;
    }
}
