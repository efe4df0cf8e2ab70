using Spectre.Console;

namespace Reporting.Cli;

/// <summary>Shows one progress bar per stage of long work (seeding, loading) while it runs.</summary>
internal static class StageProgressBar
{
    /// <summary>Runs <paramref name="work"/>, turning each progress report into (stage, done, total).</summary>
    public static TResult Run<TProgress, TResult>(
        IAnsiConsole console,
        Func<TProgress, (string Stage, long Done, long Total)> describe,
        Func<IProgress<TProgress>, TResult> work) => console.Profile.Capabilities.Interactive
        ? Bars(console, describe, work)
        : work(new SynchronousProgress<TProgress>(StageLines(console, describe)));

    /// <summary>Without a terminal (a log file, a pipe): one plain line as each stage begins.</summary>
    private static Action<TProgress> StageLines<TProgress>(IAnsiConsole console, Func<TProgress, (string Stage, long Done, long Total)> describe)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return update =>
        {
            var stage = describe(update).Stage;
            if (seen.Add(stage))
            {
                console.Line($"… {stage}");
            }
        };
    }

    private static TResult Bars<TProgress, TResult>(
        IAnsiConsole console,
        Func<TProgress, (string Stage, long Done, long Total)> describe,
        Func<IProgress<TProgress>, TResult> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                return work(new SynchronousProgress<TProgress>(update =>
                {
                    var (stage, done, total) = describe(update);
                    if (!tasks.TryGetValue(stage, out var task))
                    {
                        // A stage names files, and a file name like export[1].csv is not markup.
                        task = context.AddTask(Markup.Escape(stage), maxValue: Math.Max(1, total));
                        tasks[stage] = task;
                    }
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                }));
            });

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a console bar wants updates in order, now.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
