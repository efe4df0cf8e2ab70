using Reporting.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Reporting.Web.SignIn;

/// <summary>
/// Every CSV and PDF download goes through here: a file answered to a caller who may not export (a
/// viewer) is refused with a 403 instead, and every file sent is audited, naming what was asked for
/// (never an embed's token).
/// </summary>
public sealed class AuditedExport(string action, bool byEmbedToken, bool sometimesFile, WebAudit audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var refused = !byEmbedToken && !http.User.MayExport();
        if (refused && !sometimesFile)
        {
            return Refused(http);
        }
        var result = await next(context);
        if (Unwrapped(result) is FileContentHttpResult file)
        {
            if (refused)
            {
                return Refused(http);
            }
            audit.Record(http, action, Target(http), detail: file.FileDownloadName, actor: byEmbedToken ? "embed token" : null);
        }
        return result;
    }

    private static ProblemHttpResult Refused(HttpContext http) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "Exports are not allowed for your role",
        detail: $"Your role ({http.User.Role()?.Name() ?? "none"}) may read dashboards but not download CSV or PDF files.");

    private static object? Unwrapped(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        return result;
    }

    private static string Target(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (http.Request.RouteValues.TryGetValue("token", out var token) && token is string { Length: > 0 } text)
        {
            path = path.Replace(text, "{token}", StringComparison.Ordinal);
        }
        return path + http.Request.QueryString;
    }
}

/// <summary>Marks an endpoint as a CSV or PDF export (<see cref="AuditedExport"/>).</summary>
public static class AuditedExports
{
    /// <param name="sometimesFile">The endpoint answers JSON too (format=csv asks for the file): refused only when it answers a file.</param>
    public static RouteHandlerBuilder AuditedExport(this RouteHandlerBuilder endpoint, string action, bool byEmbedToken = false, bool sometimesFile = false) =>
        endpoint.AddEndpointFilter((context, next) =>
            new AuditedExport(action, byEmbedToken, sometimesFile, context.HttpContext.RequestServices.GetRequiredService<WebAudit>()).InvokeAsync(context, next));
}
