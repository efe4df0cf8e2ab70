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
        // A bodiless refusal: ProblemDetails for programs, a page of the site's for people.
        app.UseWhen(IsForPrograms, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsForPrograms(context), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/embed"), site => site.Use(SiteHeaders.Apply));
        // Routing after the status pages, so that a re-executed /status/{code} is routed to its page.
        app.UseRouting();
        return app;
    }

    private static bool IsForPrograms(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/embed") || context.Request.Path.StartsWithSegments("/openapi");
}
