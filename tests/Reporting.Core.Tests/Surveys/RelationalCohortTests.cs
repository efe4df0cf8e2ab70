using Reporting.Core.Surveys;

namespace Reporting.Core.Tests.Surveys;

/// <summary>The cohort slots the fixture relies on, and how a cohort share becomes a cycle.</summary>
public sealed class RelationalCohortTests
{
    [Theory]
    [InlineData("B1-C1", 2)]
    [InlineData("B1-C2", 1)]
    [InlineData("B1-C3", 1)]
    [InlineData("B1-C4", 0)]
    [InlineData("B2-C1", 1)]
    [InlineData("B2-C2", 1)]
    [InlineData("B2-C3", 1)]
    [InlineData("B3-C1", 1)]
    [InlineData("B3-C2", 1)]
    [InlineData("B3-C4", 0)]
    [InlineData("B4-C1", 1)]
    [InlineData("B4-C2", 2)]
    [InlineData("B4-C3", 0)]
    [InlineData("B4-C4", 0)]
    public void A_contacts_slot_is_its_id_hashed(string contact, int slot) =>
        Assert.Equal(slot, RelationalCohort.ContactSlot(contact, 3));

    [Theory]
    [InlineData(2026, 1, 0)]
    [InlineData(2026, 4, 0)]
    [InlineData(2026, 5, 1)]
    [InlineData(2026, 6, 2)]
    [InlineData(2026, 12, 2)]
    public void A_quarterly_cycle_starts_each_calendar_quarter(int year, int month, int slot) =>
        Assert.Equal(slot, RelationalCohort.MonthSlot(new DateOnly(year, month, 1), 3));

    [Theory]
    [InlineData(25, 4)]
    [InlineData(33.3, 3)]
    [InlineData(34, 3)]
    [InlineData(40, 3)]
    [InlineData(50, 2)]
    [InlineData(100, 1)]
    [InlineData(5, 12)]
    public void A_cohort_share_gives_a_cycle_of_100_over_the_share_months(double share, int cycle) =>
        Assert.Equal(cycle, RelationalCohort.CycleMonths(share));
}
