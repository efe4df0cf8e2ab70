using Reporting.Seed;
using Spectre.Console;

namespace Reporting.Cli.Seeding;

/// <summary>Shows one progress bar per seeding stage while the seeder runs.</summary>
internal static class SeedProgressBar
{
    public static SeedSummary Run(IAnsiConsole console, Func<IProgress<SeedProgress>, SeedSummary> seed) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(update =>
                {
                    if (!tasks.TryGetValue(update.Stage, out var task))
                    {
                        task = context.AddTask(update.Stage, maxValue: Math.Max(1, update.Total));
                        tasks[update.Stage] = task;
                    }
                    task.MaxValue = Math.Max(1, update.Total);
                    task.Value = update.Done;
                });
                return seed(progress);
            });

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a console bar wants updates in order, now.</summary>
    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
