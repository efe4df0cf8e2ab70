namespace Reporting.Web.Requests;

public static class RequestGuardsExtensions
{
    /// <summary>Inside the exception page, before any endpoint is mapped (binding reads the option when the first one is).</summary>
    public static WebApplication UseReportingRequestGuards(this WebApplication app)
    {
        RequestGuards.ThrowOnBindingFailures(app.Services);
        app.UseMiddleware<RequestGuards>();
        return app;
    }
}
