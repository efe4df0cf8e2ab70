using System.Globalization;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Stories;

/// <summary>Which story each seeded account tells. Tests and demos use this instead of a schema column.</summary>
public static class AccountArchetypes
{
    // Six healthy accounts and one of each story in every block of ten: even a 20-account test run
    // holds every story twice, and the shares are exact at any size that is a multiple of ten.
    private static readonly AccountArchetype[] Block =
    [
        AccountArchetype.Healthy, AccountArchetype.Healthy, AccountArchetype.Healthy,
        AccountArchetype.Healthy, AccountArchetype.Healthy, AccountArchetype.Healthy,
        AccountArchetype.DeathByHandoffs, AccountArchetype.SilentDisengage,
        AccountArchetype.PassiveDrift, AccountArchetype.Recovering,
    ];

    private const string IdPrefix = "ACC-";

    /// <summary>The id the seed gives its account number <paramref name="accountNumber"/> (1-based).</summary>
    public static string AccountId(int accountNumber) =>
        IdPrefix + accountNumber.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The archetype of account <paramref name="accountNumber"/> (1-based) in a run with <paramref name="seed"/>.</summary>
    public static AccountArchetype For(int accountNumber, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(accountNumber, 1);
        var position = (accountNumber - 1) % Block.Length;
        var block = (accountNumber - 1) / Block.Length;
        // Shuffled per block by the seed, so the stories do not sit at the same offsets in every run.
        var order = new RandomStreams(seed).For("archetypes", block).Sample(Block.Length, Block.Length);
        return Block[order[position]];
    }

    /// <summary>The archetype of a seeded account id such as "ACC-0007".</summary>
    public static AccountArchetype For(string accountId, int seed)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        if (!accountId.StartsWith(IdPrefix, StringComparison.Ordinal)
            || !int.TryParse(accountId.AsSpan(IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1)
        {
            throw new ArgumentException($"'{accountId}' is not an account id the seed generates (ACC-0001, ACC-0002, …).", nameof(accountId));
        }
        return For(number, seed);
    }

    /// <summary>The archetype of a seeded account id under <paramref name="options"/>.</summary>
    public static AccountArchetype For(string accountId, SeedOptions options) => For(accountId, options.Seed);
}
