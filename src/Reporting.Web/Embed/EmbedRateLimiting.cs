using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Embed;

/// <summary>
/// Requests per embed token, limited by a token bucket (Reporting:Embed:RequestsPerSecond, Burst):
/// one leaked token cannot flood the server, and one viewer cannot starve another. A token is known
/// by its decoded signature (<see cref="EmbedTokenIdentity"/>), so re-spelling it finds the same
/// bucket; what is not a token at all shares its client's. Beyond it: 429 with ProblemDetails and Retry-After.
/// </summary>
public static class EmbedRateLimiting
{
    public const string Policy = "embed-token";

    public static IServiceCollection AddEmbedRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = Reject;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<EmbedOptions>>().Value;
                var key = EmbedTokenIdentity.Of(context.Request.RouteValues["token"] as string) is { } identity
                    ? "token:" + identity
                    : "client:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(options));
            });
        });

    /// <summary>Refilled every tenth of a second, or once a request's worth of time for rates below ten a second.</summary>
    private static TokenBucketRateLimiterOptions Bucket(EmbedOptions options)
    {
        var rate = Math.Max(options.RequestsPerSecond, 0.001);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = rate >= 10 ? (int)Math.Ceiling(rate / 10) : 1,
            ReplenishmentPeriod = rate >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / rate),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests for this embed token",
            detail: "Slow down: this token has used its requests for now (Reporting:Embed:RequestsPerSecond, Burst).").ExecuteAsync(rejected.HttpContext);
    }
}
