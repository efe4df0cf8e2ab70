using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Embed;

/// <summary>
/// Refused tokens per client (Reporting:Embed:RefusalsPerMinute, RefusalBurst): each 401 under /embed
/// spends one of the client's permits; a client with none left gets 429 for every embed request until
/// they refill. A forger who makes up a new token for each try gets a new per-token bucket each time,
/// so only this limit slows them down.
/// </summary>
public sealed class EmbedRefusalLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> refusals;

    public EmbedRefusalLimiter(IOptions<EmbedOptions> options)
    {
        var settings = options.Value;
        var perMinute = Math.Max(1, settings.RefusalsPerMinute);
        refusals = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, settings.RefusalBurst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (refusals.GetStatistics(client) is { CurrentAvailablePermits: <= 0 })
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "60";
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many refused embed tokens",
                detail: "This client sent too many tokens that were refused; wait a minute (Reporting:Embed:RefusalsPerMinute).").ExecuteAsync(context);
            return;
        }
        await next();
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            refusals.AttemptAcquire(client).Dispose();
        }
    }

    public void Dispose() => refusals.Dispose();
}
