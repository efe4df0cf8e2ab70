namespace Reporting.Documents.Cube;

/// <summary>Work the server will not do now (its time budget ran out, or too many are waiting): a 503 with Retry-After.</summary>
public sealed class ServerBusyException(string message, TimeSpan retryAfter, Exception? inner = null) : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
