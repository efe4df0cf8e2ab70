using Bogus;

namespace Reporting.Seed.Randomness;

/// <summary>
/// Hands out one seeded <see cref="Randomizer"/> per (stream, index), all derived from the run's seed.
/// Independent streams mean that one more draw in, say, the ticket generator does not shift every
/// survey or engagement row after it, so a change to one story leaves the other tables as they were.
/// </summary>
internal sealed class RandomStreams(int seed)
{
    public Randomizer For(string stream, int index = 0) => new(DeriveSeed(seed, stream, index));

    internal static int DeriveSeed(int seed, string stream, int index)
    {
        // FNV-1a over the name: string.GetHashCode is randomised per process and would break determinism.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        var mixed = SplitMix64(hash ^ SplitMix64(((ulong)(uint)seed << 32) | (uint)index));
        return (int)(mixed ^ (mixed >> 32));
    }

    // SplitMix64's finaliser: neighbouring indices get unrelated seeds, which System.Random needs.
    private static ulong SplitMix64(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
