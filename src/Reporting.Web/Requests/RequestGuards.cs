using Reporting.Documents.Cube;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Reporting.Core.Text;

namespace Reporting.Web.Requests;

/// <summary>
/// What every request passes through, so that no endpoint has to remember it: a JSON endpoint's 415
/// for another Content-Type says so; a query-string value that cannot bind (months=abc) or binds
/// loosely (months=+1) is a 400 naming the parameter, not an exception page; work over its time
/// budget or refused by a full queue is a 503 with Retry-After; and a client that went away is
/// logged as such, not as an unhandled error.
/// </summary>
public sealed partial class RequestGuards(RequestDelegate next, ILogger<RequestGuards> logger)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodInfo, string[]> WholeNumberParameters = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (LooseNumber(context) is { } loose)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The request cannot be answered",
                $"{loose.Name}: '{Echo.Short(loose.Value)}' is not a whole number", loose.Name);
            return;
        }
        try
        {
            await next(context);
            // Routing refuses a body its endpoint does not accept (IAcceptsMetadata) with an empty 415: say why.
            if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted)
            {
                await Problem(context, StatusCodes.Status415UnsupportedMediaType, "The body's Content-Type is not accepted",
                    $"Content-Type: '{Echo.Short(context.Request.ContentType ?? "")}' is not accepted: the body must be application/json", "Content-Type");
            }
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var (parameter, detail) = Binding(e);
            await Problem(context, e.StatusCode, "The request cannot be answered", detail, parameter);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left: nothing to answer and nothing wrong with the server.
            LogClientGone(logger, context.Request.Method, context.Request.Path);
            context.Response.StatusCode = 499;
        }
        catch (ServerBusyException e) when (!context.Response.HasStarted)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "The server is busy", e.Message, null);
        }
    }

    /// <summary>Binding throws this only when told to; the guards turn it into a clean 400, so it is told to.</summary>
    public static void ThrowOnBindingFailures(IServiceProvider services) =>
        services.GetRequiredService<IOptions<RouteHandlerOptions>>().Value.ThrowOnBadRequest = true;

    /// <summary>
    /// A whole-number parameter of the endpoint given with spaces or a plus sign (" 1", "+1"), which
    /// binding would take: numbers are digits only, so that one value has one spelling.
    /// </summary>
    private static (string Name, string Value)? LooseNumber(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }
        foreach (var name in WholeNumberParameters.GetOrAdd(method, WholeNumberParametersOf))
        {
            foreach (var value in context.Request.Query[name])
            {
                if (!string.IsNullOrEmpty(value) && !WholeNumber().IsMatch(value))
                {
                    return (name, value);
                }
            }
        }
        return null;
    }

    /// <summary>Read once per handler, not on every request.</summary>
    private static string[] WholeNumberParametersOf(MethodInfo method) => method.GetParameters()
        .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var type && (type == typeof(int) || type == typeof(long)))
        .Select(p => p.Name!)
        .ToArray();

    /// <summary>"Failed to bind parameter "int? months" from "abc"." names the parameter and the value.</summary>
    private static (string? Parameter, string Detail) Binding(BadHttpRequestException e) => BindFailure().Match(e.Message) is { Success: true } match
        ? (match.Groups["name"].Value, $"{match.Groups["name"].Value}: '{Echo.Short(match.Groups["value"].Value)}' is not {Expected(match.Groups["type"].Value)}")
        : (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the body is larger than the server accepts" : "the request cannot be read");

    private static string Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
    {
        "int" or "long" => "a whole number",
        "double" or "decimal" => "a number",
        "bool" => "true or false",
        var other => "a " + other,
    };

    private static Task Problem(HttpContext context, int status, string title, string detail, string? parameter)
    {
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (parameter is not null)
        {
            problem.Extensions["parameter"] = parameter;
        }
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>\\S+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex WholeNumber();

    [LoggerMessage(LogLevel.Information, "{Method} {Path}: the client left before the answer")]
    private static partial void LogClientGone(ILogger logger, string method, string path);
}
