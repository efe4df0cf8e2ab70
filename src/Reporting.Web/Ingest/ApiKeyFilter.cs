using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Ingest;

/// <summary>Lets a request through only with a configured key in X-Api-Key, compared in constant time.</summary>
public sealed class ApiKeyFilter(IOptions<IngestOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (presented.Length > 0 && options.Value.ApiKeys.Any(key => Matches(key, presented)))
        {
            return next(context);
        }
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required",
            detail: $"Send a key configured in Reporting:ApiKeys in the {Header} header."));
    }

    private static bool Matches(string key, string presented) =>
        key.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(presented));
}
