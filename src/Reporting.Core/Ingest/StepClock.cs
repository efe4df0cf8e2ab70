using System.Diagnostics;

namespace Reporting.Core.Ingest;

/// <summary>Times the steps of a load, so a slow load can say where its time went (the benchmark prints them).</summary>
internal sealed class StepClock
{
    private readonly List<LoadStep> steps = [];

    public IReadOnlyList<LoadStep> Steps => steps;

    public T Time<T>(string name, Func<T> step)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return step();
        }
        finally
        {
            steps.Add(new LoadStep(name, clock.Elapsed.TotalSeconds));
        }
    }

    public void Time(string name, Action step) => Time(name, () =>
    {
        step();
        return true;
    });
}
