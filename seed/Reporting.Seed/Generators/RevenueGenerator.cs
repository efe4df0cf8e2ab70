using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates fact_revenue_movement: each account's ARR starts with a new movement on its onboarding
/// day (its dim_account ARR) and renews every year on its renewal day, with a price change that
/// follows its story. Healthy accounts expand; "death by handoffs" accounts mostly churn at the end
/// (its last month), "passive drift" ones contract and half of them churn a quarter before the end, so
/// that passives churn more than promoters; some recovering accounts leave as their dip ends, so a low
/// health score comes before many churns (not all: the handoff churns come after a late decline). The
/// first passive-drift account to churn with time left comes back (the one reactivation).
/// </summary>
internal sealed class RevenueGenerator(SeedWindow window, RandomStreams streams)
{
    private const int ReactivationDays = 45;

    private bool reactivated;

    /// <summary>A planned change: a share of the running ARR (a churn takes all of it; a new one is the account's ARR).</summary>
    private sealed record Change(DateOnly On, string Kind, double Share);

    public IReadOnlyList<RevenueMovementRow> Generate(AccountProfile account)
    {
        var random = streams.For("revenue", account.Number);
        var ids = new IdSequence(n => SeedIds.Movement(account.Number, n));
        var changes = Renewals(account, random).Concat(StoryChanges(account, random))
            .Where(c => c.On > account.OnboardedOn)
            .OrderBy(c => c.On).ThenBy(c => c.Kind, StringComparer.Ordinal)
            .Prepend(new Change(account.OnboardedOn, "new", 1));
        var rows = new List<RevenueMovementRow>();
        var arr = 0m;
        // Nothing on or after the window's end (the as-of day), the new movement included.
        foreach (var change in changes.Where(c => c.On < window.EndDate))
        {
            var amount = change.Kind switch
            {
                "new" => account.Arr,
                "churn" => -arr,
                _ => Hundreds(arr * (decimal)change.Share),
            };
            if (amount == 0 && change.Kind != "renewal")
            {
                continue;
            }
            rows.Add(new RevenueMovementRow(ids.Next(), account.Id, change.On, change.Kind, amount, null));
            arr += amount;
            if (change.Kind == "churn")
            {
                Reactivate(account, change.On, -amount, rows, ids);
                break;
            }
        }
        return rows;
    }

    /// <summary>One renewal a year on the renewal day: healthy accounts take a price rise, drifting and unhappy ones push it down.</summary>
    private static IEnumerable<Change> Renewals(AccountProfile account, Randomizer random)
    {
        var renewals = new List<Change>();
        for (var on = account.RenewalOn; on > account.OnboardedOn; on = on.AddYears(-1))
        {
            var share = account.Story.Archetype switch
            {
                AccountArchetype.Healthy => random.Uniform(0.02, 0.06),
                AccountArchetype.Recovering => 0,
                AccountArchetype.DeathByHandoffs => random.Uniform(-0.05, 0.02),
                _ => random.Uniform(-0.1, 0),
            };
            renewals.Add(new Change(on, "renewal", share));
        }
        return renewals;
    }

    private IEnumerable<Change> StoryChanges(AccountProfile account, Randomizer random)
    {
        var months = window.Months;
        switch (account.Story.Archetype)
        {
            case AccountArchetype.Healthy when random.Chance(0.6):
                yield return new Change(DayIn(random.Int(0, months - 1), random), "expansion", random.Uniform(0.1, 0.25));
                break;
            case AccountArchetype.Recovering:
                // Not every recovery works: some leave as their dip ends, the rest may expand at the end.
                yield return random.Chance(0.6)
                    ? new Change(DayIn(months * 6 / 10, random), "churn", -1)
                    : new Change(DayIn(months - 1, random), "expansion", random.Chance(0.5) ? random.Uniform(0.05, 0.15) : 0);
                break;
            case AccountArchetype.SilentDisengage when random.Chance(0.5):
                yield return new Change(DayIn(months - 2, random), "contraction", -random.Uniform(0.1, 0.3));
                break;
            case AccountArchetype.PassiveDrift:
                yield return new Change(DayIn(months * 6 / 10, random), "contraction", -random.Uniform(0.1, 0.2));
                if (random.Chance(0.5))
                {
                    yield return new Change(DayIn(months - 3, random), "churn", -1);
                }
                break;
            case AccountArchetype.DeathByHandoffs:
                // They leave in the window's last month, after NPS has followed the handoffs down.
                yield return random.Chance(0.7)
                    ? new Change(DayIn(months - 1, random), "churn", -1)
                    : new Change(DayIn(months - 2, random), "contraction", -random.Uniform(0.2, 0.35));
                break;
        }
    }

    private void Reactivate(AccountProfile account, DateOnly churnedOn, decimal lost, List<RevenueMovementRow> rows, IdSequence ids)
    {
        var back = churnedOn.AddDays(ReactivationDays);
        if (reactivated || account.Story.Archetype != AccountArchetype.PassiveDrift || back >= window.EndDate || Hundreds(lost * 0.6m) <= 0)
        {
            return;
        }
        reactivated = true;
        rows.Add(new RevenueMovementRow(ids.Next(), account.Id, back, "reactivation", Hundreds(lost * 0.6m), "won back"));
    }

    /// <summary>A day within month <paramref name="month"/> of the window (clamped to it).</summary>
    private DateOnly DayIn(int month, Randomizer random) =>
        DateOnly.FromDateTime(window.MonthStart(Math.Clamp(month, 0, window.Months - 1))).AddDays(random.Int(0, 27));

    private static decimal Hundreds(decimal amount) => Math.Round(amount / 100m, MidpointRounding.AwayFromZero) * 100m;
}
