using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Delivery;

public sealed class DeliveryScheduleTests : IDisposable
{
    private static readonly DateTimeOffset From = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();
    private readonly DeliveryFacts facts;

    public DeliveryScheduleTests()
    {
        DeliveryData.Write(database);
        facts = new DeliveryFacts(database);
    }

    [Fact]
    public void A_cron_expression_is_read_in_its_time_zone_across_daylight_saving()
    {
        var weekdays = DeliveryData.AccountPack("A1") with { Schedule = DeliveryData.Cron("0 7 * * 1", "Europe/Berlin") };
        var march = new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero);

        var due = DeliverySchedule.Occurrences(weekdays, march, march.AddDays(10), facts);

        // Monday 22 March at 07:00 CET is 06:00 UTC; after the clocks go forward (28 March), 29 March 07:00 CEST is 05:00 UTC.
        Assert.Equal([new DateTimeOffset(2027, 3, 22, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 29, 5, 0, 0, TimeSpan.Zero)], due.Select(d => d.At));
    }

    [Fact]
    public void Days_before_renewal_fall_at_the_local_time_for_each_account_of_a_rule()
    {
        var renewals = DeliveryData.AccountPack("A1") with
        {
            Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(60, null), null, new Dictionary<string, string>(), null),
            Schedule = new SubscriptionSchedule(ScheduleKind.BeforeRenewal, null, "America/New_York", 10, null, new TimeOnly(8, 30)),
        };

        var due = DeliverySchedule.Occurrences(renewals, From, From.AddMonths(1), facts);

        // B1 renews 20 December: 10 December 08:30 in New York (UTC−5); A1 renews 31 December: 21 December.
        Assert.Equal(
            [new DueOccurrence(new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero), "B1"), new DueOccurrence(new DateTimeOffset(2026, 12, 21, 13, 30, 0, TimeSpan.Zero), "A1")],
            due);
        Assert.Equal([due[1]], DeliverySchedule.Occurrences(renewals with { Content = DeliveryData.AccountPack("A1").Content }, From, From.AddMonths(1), facts));
    }

    [Fact]
    public void Days_before_a_meeting_count_only_meetings_of_the_kind()
    {
        var beforeQbr = DeliveryData.AccountPack("A1") with
        {
            Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(366, null), null, new Dictionary<string, string>(), null),
            Schedule = new SubscriptionSchedule(ScheduleKind.BeforeMeeting, null, "Europe/Berlin", 3, "QBR", new TimeOnly(7, 0)),
        };

        var due = DeliverySchedule.Occurrences(beforeQbr, From, From.AddMonths(1), facts);

        // A1's QBR on 15 December (B1's meeting is a check-in): 12 December 07:00 in Berlin.
        Assert.Equal([new DueOccurrence(new DateTimeOffset(2026, 12, 12, 6, 0, 0, TimeSpan.Zero), "A1")], due);
        Assert.Empty(DeliverySchedule.Occurrences(beforeQbr, From.AddDays(12), From.AddMonths(1), facts));
    }

    public void Dispose() => database.Dispose();
}
