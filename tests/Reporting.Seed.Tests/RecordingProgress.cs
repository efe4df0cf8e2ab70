namespace Reporting.Seed.Tests;

/// <summary>Records progress synchronously (Progress&lt;T&gt; would post to the thread pool and race the asserts).</summary>
public sealed class RecordingProgress(Action<SeedProgress>? onReport = null) : IProgress<SeedProgress>
{
    private readonly List<SeedProgress> reports = [];

    public IReadOnlyList<SeedProgress> Reports => reports;

    public void Report(SeedProgress value)
    {
        reports.Add(value);
        onReport?.Invoke(value);
    }
}
