using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>Generates dim_account: segment, region, tier, money and contract dates for each account.</summary>
internal sealed class AccountGenerator(SeedOptions options, SeedWindow window, RandomStreams streams, Faker faker)
{
    private static readonly (string, double)[] Regions = [("NA", 0.45), ("EMEA", 0.30), ("APAC", 0.15), ("LATAM", 0.10)];

    private static readonly string[] Industries =
    [
        "Software", "Financial Services", "Healthcare", "Manufacturing", "Retail", "Logistics",
        "Education", "Media", "Telecommunications", "Public Sector", "Energy", "Professional Services",
    ];

    /// <summary>Every account's CSM is a member of the demo team, by name.</summary>
    private static readonly string[] Csms = DemoTeam.CsmNames;

    public IReadOnlyList<AccountProfile> Generate()
    {
        // Account names are matched by exact name on import, so they must be unique.
        var names = new HashSet<string>(StringComparer.Ordinal);
        var accounts = new List<AccountProfile>(options.Accounts);
        for (var number = 1; number <= options.Accounts; number++)
        {
            accounts.Add(Generate(number, streams.For("accounts", number), names));
        }
        return accounts;
    }

    private AccountProfile Generate(int number, Randomizer random, HashSet<string> names)
    {
        faker.Random = random;
        var segment = random.PickWeighted(SegmentTraits.Mix);
        var traits = SegmentTraits.For(segment);
        var tier = random.PickWeighted(traits.Tiers);
        var arr = random.LogNormal(traits.MedianArr, 0.5) * TierUplift(tier);
        var archetype = AccountArchetypes.For(number, options.Seed);
        var (onboarded, renewal) = ContractDates(random, archetype);
        return new AccountProfile(
            number, AccountArchetypes.AccountId(number), UniqueName(random, names), segment,
            random.PickWeighted(Regions), random.Pick(Industries), tier,
            Hundreds(arr), Hundreds(arr * traits.LifetimeYears * random.Uniform(0.8, 1.2)),
            (int)Math.Clamp(Math.Round(random.LogNormal(traits.MedianSeats, 0.45)), traits.MinSeats, traits.MaxSeats),
            random.Pick(Csms), onboarded, renewal,
            new AccountStory(archetype, window.Months), FirstMonth(onboarded), random.Uniform(-0.06, 0.06));
    }

    private string UniqueName(Randomizer random, HashSet<string> names)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var name = faker.Company.CompanyName();
            if (names.Add(name))
            {
                return name;
            }
        }
        var fallback = $"{faker.Company.CompanyName()} {random.Int(2, 99)}";
        return names.Add(fallback) ? fallback : UniqueName(random, names);
    }

    /// <summary>
    /// Annual contracts: renewal is the first anniversary of onboarding on or after AsOf, so renewals
    /// spread over the next twelve months. Accounts in trouble mostly renew within 180 days, which is
    /// what makes revenue at risk worth a dashboard.
    /// </summary>
    private (DateOnly Onboarded, DateOnly Renewal) ContractDates(Randomizer random, AccountArchetype archetype)
    {
        if (archetype == AccountArchetype.Healthy && window.Months >= 6 && random.Chance(0.12))
        {
            var onboarded = window.StartDate.AddDays(random.Int(0, (window.EndDate.DayNumber - window.StartDate.DayNumber) * 6 / 10));
            return (onboarded, Anniversary(onboarded, window.AsOf));
        }
        var renewalIn = archetype != AccountArchetype.Healthy && random.Chance(0.7) ? random.Int(20, 180) : random.Int(1, 365);
        var renewal = window.AsOf.AddDays(renewalIn);
        // Tenure of more than 90 days at the start: everyone gets the quarterly NPS from day one.
        var years = 1;
        while (renewal.AddYears(-years) > window.StartDate.AddDays(-90))
        {
            years++;
        }
        return (renewal.AddYears(-(years + random.Int(0, 3))), renewal);
    }

    private static DateOnly Anniversary(DateOnly onboarded, DateOnly onOrAfter)
    {
        var years = 1;
        while (onboarded.AddYears(years) < onOrAfter)
        {
            years++;
        }
        return onboarded.AddYears(years);
    }

    // New customers start in the first whole month after onboarding.
    private int FirstMonth(DateOnly onboarded) =>
        onboarded < window.StartDate ? 0 : window.MonthOf(onboarded.ToDateTime(TimeOnly.MinValue)) + 1;

    private static double TierUplift(Tier tier) => tier switch
    {
        Tier.Standard => 1.0,
        Tier.Premium => 1.1,
        Tier.Platinum => 1.25,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };

    private static decimal Hundreds(double amount) => Math.Round((decimal)amount / 100m, MidpointRounding.AwayFromZero) * 100m;
}
