using System.Runtime.CompilerServices;
using Reporting.Core.Storage;

namespace Reporting.Core.Delivery;

/// <summary>
/// One sending run at a time per database in this process (the runner, a test send): so a pending row
/// a run finds at its start belongs to no live run. Another process cannot hold the file meanwhile.
/// </summary>
internal static class DeliveryGate
{
    private static readonly ConditionalWeakTable<ReportingDatabase, SemaphoreSlim> Gates = new();

    public static async Task<IDisposable> EnterAsync(ReportingDatabase database, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(database, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
