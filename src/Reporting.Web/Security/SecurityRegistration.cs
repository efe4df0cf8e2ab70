namespace Reporting.Web.Security;

/// <summary>
/// What every response shares: its security headers, and errors answered as ProblemDetails that
/// carry no exception text, stack trace or request header in any environment (the developer
/// exception page would echo the X-Api-Key header).
/// </summary>
public static class SecurityRegistration
{
    public static IHostApplicationBuilder AddReportingSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ScriptJson>();
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it is covered.</summary>
    public static WebApplication UseReportingSecurity(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/embed"), site => site.Use(SiteHeaders.Apply));
        return app;
    }
}
