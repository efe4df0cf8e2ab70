using Bogus;

namespace Reporting.Seed.Randomness;

/// <summary>The few distributions the stories need, drawn from a seeded Bogus <see cref="Randomizer"/>.</summary>
internal static class Distributions
{
    public static bool Chance(this Randomizer random, double probability) => random.Double() < probability;

    public static double Uniform(this Randomizer random, double min, double max) => random.Double(min, max);

    public static double StandardNormal(this Randomizer random)
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        var u1 = 1.0 - random.Double();
        var u2 = random.Double();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Normal(this Randomizer random, double mean, double deviation) =>
        mean + (deviation * random.StandardNormal());

    /// <summary>Durations and money are skewed: most values near the median, a long tail above it.</summary>
    public static double LogNormal(this Randomizer random, double median, double sigma) =>
        median * Math.Exp(sigma * random.StandardNormal());

    public static double Exponential(this Randomizer random, double mean) => -mean * Math.Log(1.0 - random.Double());

    public static int Poisson(this Randomizer random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }
        if (mean > 30)
        {
            // Knuth's product underflows for large means; the normal approximation is close there.
            return Math.Max(0, (int)Math.Round(random.Normal(mean, Math.Sqrt(mean))));
        }
        var limit = Math.Exp(-mean);
        var count = -1;
        var product = 1.0;
        do
        {
            count++;
            product *= random.Double();
        }
        while (product > limit);
        return count;
    }

    public static T Pick<T>(this Randomizer random, IReadOnlyList<T> items) => items[random.Int(0, items.Count - 1)];

    public static T PickWeighted<T>(this Randomizer random, IReadOnlyList<(T Value, double Weight)> options)
    {
        var total = 0.0;
        foreach (var option in options)
        {
            total += option.Weight;
        }
        var target = random.Double() * total;
        foreach (var option in options)
        {
            target -= option.Weight;
            if (target < 0)
            {
                return option.Value;
            }
        }
        return options[^1].Value;
    }

    /// <summary><paramref name="count"/> distinct indices below <paramref name="population"/> (a partial Fisher–Yates).</summary>
    public static int[] Sample(this Randomizer random, int population, int count)
    {
        var indices = new int[population];
        for (var i = 0; i < population; i++)
        {
            indices[i] = i;
        }
        count = Math.Min(count, population);
        for (var i = 0; i < count; i++)
        {
            var j = random.Int(i, population - 1);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }
        return indices[..count];
    }

    /// <summary>An instant in [from, to), to the whole second.</summary>
    public static DateTime Between(this Randomizer random, DateTime from, DateTime to) =>
        SeedClock.WholeSeconds(from + ((to - from) * random.Double()));
}
