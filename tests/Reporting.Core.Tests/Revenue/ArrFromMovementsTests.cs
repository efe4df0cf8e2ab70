using Reporting.DuckDb;
using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Revenue;

/// <summary>
/// An account's ARR comes from its movements when it has any (their sum up to the day), else from its
/// ARR attribute: in the account cards and so in revenue at risk. Over the KPI fixture (A1 40,000 and
/// A2 20,000 by attribute, both at risk and renewing within 180 days of 15 April) with movements:
/// A1 new 30,000 in 2025, +5,000 on 14 April, +1,000 on 15 April; A3 new 100,000 on 1 May; A2 none.
/// </summary>
public sealed class ArrFromMovementsTests : IDisposable
{
    private readonly KpiFixture fixture = new();

    public ArrFromMovementsTests()
    {
        using var connection = fixture.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "Fixture", "arr_movements.sql")));
    }

    [Theory]
    [InlineData("A1", "2026-04-13", 30000)]
    [InlineData("A1", "2026-04-14", 35000)]   // the day's own movement counts
    [InlineData("A1", "2026-04-15", 36000)]
    [InlineData("A2", "2026-04-15", 20000)]   // no movements: the attribute
    [InlineData("A3", "2026-04-30", 0)]       // movements, none yet: no ARR (not its attribute 150,000)
    [InlineData("A3", "2026-05-01", 100000)]
    public void The_arr_of_a_day_is_the_sum_of_the_movements_up_to_it_when_there_are_any(string account, string day, double expected)
    {
        var directory = new AccountDirectory(fixture.Database);

        Assert.Equal((decimal)expected, directory.Find(account, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))!.Arr);
        Assert.Equal((decimal)expected, directory.All(arrOn: DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Single(a => a.Id == account).Arr);
    }

    [Fact]
    public void Without_a_day_the_card_keeps_the_attribute()
    {
        Assert.Equal([40000m, 20000m, 150000m, 80000m], new AccountDirectory(fixture.Database).All().Select(a => a.Arr));
    }

    [Fact]
    public void Revenue_at_risk_sums_the_arr_of_the_movements_through_the_day_before_the_as_of_date()
    {
        // As of today (15 April): A1 30,000 + 5,000 (14 April; the 15th's 1,000 is not before today) and A2 20,000 = 55,000.
        Assert.Equal(55000.0, fixture.Compute(new KpiFilter()).Kpis["revenue_at_risk"].Value);
        // Up to 13 April (as of the 14th): A1 30,000 and A2 20,000 = 50,000.
        Assert.Equal(50000.0, fixture.Compute(new KpiFilter(To: new DateOnly(2026, 4, 13))).Kpis["revenue_at_risk"].Value);
    }

    public void Dispose() => fixture.Dispose();
}
