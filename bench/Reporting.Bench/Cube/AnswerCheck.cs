using System.Globalization;

namespace Reporting.Bench.Cube;

/// <summary>Checks that a baseline gives the cube's numbers (within the cube's rounding) before it is timed.</summary>
public static class AnswerCheck
{
    /// <summary>Throws <see cref="AnswerMismatchException"/> naming the query, the side, the row and the column at fault.</summary>
    public static void Require(KpiQuery query, string side, KpiAnswer cube, KpiAnswer baseline)
    {
        var tolerances = cube.Tolerances ?? throw new ArgumentException("the expected answer must be the cube's", nameof(cube));
        var missing = cube.Rows.Keys.Except(baseline.Rows.Keys).ToList();
        var extra = baseline.Rows.Keys.Except(cube.Rows.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new AnswerMismatchException($"{query.Name}: {side} answered {baseline.Rows.Count} rows, the cube {cube.Rows.Count}; "
                + $"missing [{string.Join(", ", missing.Take(5))}], extra [{string.Join(", ", extra.Take(5))}]");
        }
        foreach (var (key, expected) in cube.Rows)
        {
            var actual = baseline.Rows[key];
            if (actual.Length != expected.Length)
            {
                throw new AnswerMismatchException($"{query.Name}: {side} row {key} has {actual.Length} values, the cube's {expected.Length}");
            }
            for (var i = 0; i < expected.Length; i++)
            {
                if (!Close(expected[i], actual[i], tolerances[i]))
                {
                    throw new AnswerMismatchException(string.Create(CultureInfo.InvariantCulture,
                        $"{query.Name}: {side} row {key} value {i}: {actual[i]?.ToString("R", CultureInfo.InvariantCulture) ?? "NULL"}, the cube {expected[i]?.ToString("R", CultureInfo.InvariantCulture) ?? "NULL"}"));
                }
            }
        }
    }

    private static bool Close(double? expected, double? actual, double tolerance) => (expected, actual) switch
    {
        (null, null) => true,
        // Counts must be equal; a relative hair is allowed for sums added up in another order.
        ({ } e, { } a) => Math.Abs(e - a) <= tolerance + 1e-9 * Math.Abs(e),
        _ => false,
    };
}
