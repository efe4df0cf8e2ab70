namespace Reporting.Seed.Tests;

/// <summary>One small seeded database shared by a class whose tests only read it.</summary>
public sealed class SmallSeedFixture : IDisposable
{
    public SeededDatabase Seeded { get; } = SeededDatabase.Seed(SeededDatabase.Small());

    public void Dispose() => Seeded.Dispose();
}

/// <summary>The default seed (200 accounts × 18 months), shared by the story tests, which only read it.</summary>
public sealed class DefaultSeedFixture : IDisposable
{
    public SeededDatabase Seeded { get; } = SeededDatabase.Seed(SeededDatabase.Default());

    public void Dispose() => Seeded.Dispose();
}
