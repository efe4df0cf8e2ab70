using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates fact_engagement: logins and key-feature use per user and month. Users log in on distinct
/// weekdays and use each feature at most once per login day, so the primary key (account, user,
/// instant, event) is unique by construction, not by luck.
/// </summary>
internal sealed class EngagementGenerator(SeedWindow window, RandomStreams streams)
{
    /// <summary>The key features a licence includes; feature adoption is measured against these.</summary>
    public static IReadOnlyList<string> KeyFeatures { get; } =
    [
        "feature:dashboards", "feature:reports", "feature:alerts", "feature:integrations",
        "feature:automation", "feature:api", "feature:sso", "feature:mobile",
    ];

    /// <summary>Not every seat is a user we see; very large licences are capped to keep the volume sane.</summary>
    private const int MaxUsers = 180;

    private sealed record UserHabit(string UserId, double ActiveChance, double LoginRate, double Breadth);

    public IEnumerable<EngagementRow> Generate(AccountProfile account)
    {
        var random = streams.For("engagement", account.Number);
        var users = Users(account, random);
        // Each account adopts the key features in its own order; a fading account drops the last ones first.
        var adopted = random.Sample(KeyFeatures.Count, random.Int(4, KeyFeatures.Count)).Select(i => KeyFeatures[i]).ToList();
        var months = Enumerable.Range(account.FirstMonth, Math.Max(0, window.Months - account.FirstMonth))
            .Select(m => Month(account.Story, m, adopted)).ToList();
        // User by user, month by month: rows arrive close to primary-key order, which the ART index
        // inserts (and a later --replace deletes) far faster than rows in time order.
        foreach (var user in users)
        {
            foreach (var month in months)
            {
                if (!random.Chance(user.ActiveChance * month.Conditions.Active))
                {
                    continue;
                }
                foreach (var row in UserMonth(account.Id, user, month, random))
                {
                    yield return row;
                }
            }
        }
    }

    private sealed record MonthPlan(EngagementConditions Conditions, List<DateOnly> Weekdays, List<string> Features);

    private MonthPlan Month(AccountStory story, int month, List<string> adopted)
    {
        var conditions = EngagementEffects.For(story, month);
        var features = adopted.Take((int)Math.Ceiling(adopted.Count * conditions.FeatureShare)).ToList();
        return new MonthPlan(conditions, Weekdays(month), features);
    }

    private static List<UserHabit> Users(AccountProfile account, Randomizer random)
    {
        var count = Math.Clamp((int)Math.Round(account.Seats * random.Uniform(0.7, 0.95)), 1, MaxUsers);
        return [.. Enumerable.Range(1, count).Select(n => new UserHabit(
            SeedIds.User(account.Number, n),
            random.Uniform(0.55, 0.98),
            Math.Clamp(random.LogNormal(3.0, 0.5), 1, 15),
            random.Uniform(0.5, 3.0)))];
    }

    private static IEnumerable<EngagementRow> UserMonth(string accountId, UserHabit user, MonthPlan month, Randomizer random)
    {
        var (conditions, days, features) = month;
        var logins = Math.Clamp(random.Poisson(user.LoginRate * conditions.Logins), 1, days.Count);
        var loginTimes = random.Sample(days.Count, logins).Select(d => SeedClock.At(days[d], random.Uniform(7, 18))).ToList();
        foreach (var at in loginTimes)
        {
            yield return new EngagementRow(accountId, user.UserId, at, "login");
        }
        var used = Math.Min(features.Count, random.Poisson(user.Breadth * conditions.Logins));
        foreach (var feature in random.Sample(features.Count, used).Select(i => features[i]))
        {
            // Used on one or two of the login days, within three hours of logging in.
            foreach (var login in random.Sample(loginTimes.Count, random.Chance(0.4) ? 2 : 1))
            {
                yield return new EngagementRow(accountId, user.UserId, loginTimes[login].AddSeconds(random.Int(120, 10_800)), feature);
            }
        }
    }

    private List<DateOnly> Weekdays(int month)
    {
        var first = DateOnly.FromDateTime(window.MonthStart(month));
        return [.. Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays).Where(SeedClock.IsWeekday)];
    }
}
