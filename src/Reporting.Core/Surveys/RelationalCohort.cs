using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Core.Surveys;

/// <summary>
/// The rotating relational cohort: each contact has a fixed slot in the cycle (a hash of its id, so
/// adding or removing contacts never moves anyone else), and each calendar month surveys one slot.
/// Every contact is therefore offered one relational survey per cycle, whichever months are planned.
/// </summary>
public static class RelationalCohort
{
    /// <summary>The cycle a monthly cohort share gives: 100 / share months, rounded (25 % → 4, 33 or 34 % → 3).</summary>
    public static int CycleMonths(double cohortSharePercent)
    {
        if (!double.IsFinite(cohortSharePercent) || cohortSharePercent <= 0 || cohortSharePercent > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(cohortSharePercent), cohortSharePercent, "A cohort share is a percent above 0 and at most 100.");
        }
        return Math.Clamp((int)Math.Round(100 / cohortSharePercent, MidpointRounding.AwayFromZero), 1, 12);
    }

    /// <summary>The share of contacts one month's cohort holds, in percent, one decimal.</summary>
    public static double SharePercent(int cycleMonths) => Math.Round(100.0 / cycleMonths, 1, MidpointRounding.AwayFromZero);

    /// <summary>The contact's slot, 0 to cycle − 1: SHA-256 of its id (UTF-8), first 8 bytes little-endian, modulo the cycle.</summary>
    public static int ContactSlot(string contactId, int cycleMonths)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(contactId), hash);
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)cycleMonths);
    }

    /// <summary>The slot a calendar month surveys: months since year 0 modulo the cycle (a quarterly cycle starts each calendar quarter at slot 0).</summary>
    public static int MonthSlot(DateOnly month, int cycleMonths) => ((month.Year * 12) + month.Month - 1) % cycleMonths;

    public static bool InCohort(string contactId, DateOnly month, int cycleMonths) =>
        ContactSlot(contactId, cycleMonths) == MonthSlot(month, cycleMonths);

    /// <summary>The trigger a relational survey carries: the schema knows quarterly and semiannual, so cycles up to four months are quarterly.</summary>
    public static string Trigger(int cycleMonths) => cycleMonths <= 4 ? "quarterly" : "semiannual";
}
