using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Surveys;

namespace Reporting.Documents.Surveys;

/// <summary>The survey planner, for the server's endpoints, the dashboards' survey-plan panel and deliveries.</summary>
public static class SurveyRegistration
{
    public static IHostApplicationBuilder AddReportingSurveys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SurveyPlanner>();
        return builder;
    }
}
