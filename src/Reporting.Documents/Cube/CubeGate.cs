using Microsoft.Extensions.Options;
using Reporting.Documents.Cube;

namespace Reporting.Documents.Cube;

/// <summary>
/// Uncached cube work runs through here: at most <see cref="CubeOptions.MaxConcurrentQueries"/> at a
/// time, each waiting at most <see cref="CubeOptions.QueueWait"/> for its turn and running at most
/// <see cref="CubeOptions.QueryTimeout"/> (DuckDB is interrupted). A burst becomes waiting, then 503s
/// with Retry-After, not a pile of queries growing the server's memory.
/// </summary>
public sealed class CubeGate(IOptions<CubeOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentQueries, options.Value.MaxConcurrentQueries);

    public T Run<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!slots.Wait(settings.QueueWait, cancellationToken))
        {
            throw new ServerBusyException($"{settings.MaxConcurrentQueries} queries are running and none finished within {settings.QueueWait.TotalSeconds:0.#} s: try again shortly", settings.QueueWait);
        }
        try
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // A zero budget (a maintenance setting) is spent before the query starts: no timer to race.
            if (settings.QueryTimeout == TimeSpan.Zero)
            {
                budget.Cancel();
            }
            budget.CancelAfter(settings.QueryTimeout);
            try
            {
                return work(budget.Token);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServerBusyException($"the query ran past its budget of {settings.QueryTimeout.TotalSeconds:0.#} s and was stopped: narrow it (dates, dimensions, limit) or try again later", settings.QueryTimeout, e);
            }
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Takes a slot and holds it until disposed (what a running query does).</summary>
    public IDisposable Hold()
    {
        slots.Wait();
        return new Slot(slots);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}
