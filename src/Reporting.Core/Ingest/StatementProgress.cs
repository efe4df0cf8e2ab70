using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest;

/// <summary>
/// Turns DuckDB's own estimate of a long statement's progress into reports while it runs, so that
/// a large load moves its progress bar within a stage, not only between stages.
/// </summary>
internal sealed class StatementProgress(DbConnection connection, IProgress<LoadProgress>? progress)
{
    /// <summary>Times every statement run here, and the load's other steps.</summary>
    public StepClock Clock { get; } = new();

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>DuckDB estimates progress only when asked to, and must not print a bar of its own.</summary>
    public static void Enable(DbConnection connection) =>
        connection.Execute("SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0");

    public void Run(string step, string stage, int from, int to, Action statement) => Run(step, stage, from, to, () =>
    {
        statement();
        return true;
    });

    /// <summary>
    /// Runs <paramref name="statement"/> timed as <paramref name="step"/>, reporting <paramref name="stage"/>
    /// from <paramref name="from"/> to <paramref name="to"/> percent.
    /// </summary>
    public T Run<T>(string step, string stage, int from, int to, Func<T> statement) =>
        Clock.Time(step, () => progress is null ? statement() : Reporting(progress, stage, from, to, statement));

    private T Reporting<T>(IProgress<LoadProgress> sink, string stage, int from, int to, Func<T> statement)
    {
        var gate = new Lock();
        var running = true;
        using var timer = new Timer(_ =>
        {
            lock (gate)
            {
                if (running && connection.QueryProgress() is { } estimate)
                {
                    sink.Report(new LoadProgress(stage, from + (long)((to - from) * Math.Clamp(estimate.Percentage, 0, 100) / 100), 100));
                }
            }
        }, null, Interval, Interval);
        try
        {
            return statement();
        }
        finally
        {
            lock (gate)
            {
                running = false;
            }
            sink.Report(new LoadProgress(stage, to, 100));
        }
    }
}
