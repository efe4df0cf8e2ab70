using Reporting.Seed.Stories;

namespace Reporting.Seed.Tests;

public sealed class ArchetypeTests
{
    [Theory]
    [InlineData(20, 12, 2)]
    [InlineData(200, 120, 20)]
    public void Every_block_of_ten_accounts_has_six_healthy_and_one_of_each_story(int accounts, int healthy, int each)
    {
        var counts = Enumerable.Range(1, accounts).GroupBy(n => AccountArchetypes.For(n, 42)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(healthy, counts[AccountArchetype.Healthy]);
        Assert.All(Enum.GetValues<AccountArchetype>().Where(a => a != AccountArchetype.Healthy), a => Assert.Equal(each, counts[a]));
    }

    [Fact]
    public void The_archetype_depends_on_the_seed_but_not_on_anything_else()
    {
        var first = Enumerable.Range(1, 100).Select(n => AccountArchetypes.For(n, 42)).ToList();
        var again = Enumerable.Range(1, 100).Select(n => AccountArchetypes.For(AccountArchetypes.AccountId(n), 42)).ToList();
        var other = Enumerable.Range(1, 100).Select(n => AccountArchetypes.For(n, 7)).ToList();

        Assert.Equal(first, again);
        Assert.True(first.Zip(other).Count(p => p.First != p.Second) >= 20);
    }

    [Fact]
    public void Account_ids_round_trip_and_foreign_ids_are_refused()
    {
        Assert.Equal("ACC-0007", AccountArchetypes.AccountId(7));
        Assert.Equal(AccountArchetypes.For(7, 42), AccountArchetypes.For("ACC-0007", SeededDatabase.Small()));
        Assert.Throws<ArgumentException>(() => AccountArchetypes.For("ACME-7", 42));
        Assert.Throws<ArgumentException>(() => AccountArchetypes.For("ACC-0000", 42));
        Assert.Throws<ArgumentException>(() => AccountArchetypes.For("ACC-+12", 42));
    }
}
