using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Delivery;

public sealed class SubscriptionStoreTests : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();
    private readonly SubscriptionStore store;

    public SubscriptionStoreTests()
    {
        DeliveryData.Write(database);
        store = new SubscriptionStore(database);
    }

    [Fact]
    public void A_subscription_reads_back_as_it_was_added()
    {
        var added = DeliveryData.AccountPack("A1", DeliveryData.Role("executive"), DeliveryData.Member("ana.silva@cs.example.com")) with
        {
            Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(45, 70), null,
                new Dictionary<string, string> { ["segment"] = "Enterprise" }, "last-90-days"),
            Schedule = new SubscriptionSchedule(ScheduleKind.BeforeMeeting, null, "America/New_York", 7, "QBR", new TimeOnly(8, 30)),
            Channel = DeliveryChannel.Webhook,
            WebhookUrl = "https://hooks.example/x",
        };

        var id = store.Add(added);
        var read = store.Find(id)!;

        Assert.Equal(1, id);
        Assert.Equal(added with { Id = id, Content = read.Content, Recipients = read.Recipients }, read);
        Assert.Equal(added.Recipients, read.Recipients);
        Assert.Equal(new PackRule(45, 70), read.Content.Rule);
        Assert.Equal("Enterprise", read.Content.Filters["segment"]);
        Assert.Equal("last-90-days", read.Content.Period);
    }

    [Fact]
    public void Update_pause_unsubscribe_and_remove_change_what_they_say()
    {
        var id = store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));
        store.Update(store.Find(id)! with { Name = "renamed", Schedule = DeliveryData.Cron("30 6 * * 1", "UTC") });
        store.SetPaused(id, true);
        store.Unsubscribe(id, " Eve@Acme.example ");
        store.Unsubscribe(id, "eve@acme.example");

        var read = store.Find(id)!;
        Assert.Equal(("renamed", "30 6 * * 1", "UTC", true), (read.Name, read.Schedule.Cron, read.Schedule.TimeZone, read.Paused));
        Assert.Equal(["eve@acme.example"], store.Unsubscribed(id));

        store.Remove(id);
        Assert.Null(store.Find(id));
        Assert.Empty(store.List());
        Assert.Empty(store.Unsubscribed(id));
    }

    [Fact]
    public void The_ledger_records_one_row_per_subscription_occurrence_recipient_and_account()
    {
        var ledger = new DeliveryLedger(database);
        var at = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

        var first = ledger.Claim(1, at, "eve@acme.example", "A1", at);
        var again = ledger.Claim(1, at, "eve@acme.example", "A1", at);
        var digest = ledger.Claim(1, at, "eve@acme.example", null, at);
        ledger.MarkSent(first!.Value, at);
        var afterSent = ledger.Claim(1, at, "eve@acme.example", "A1", at);

        Assert.Equal(1, first);
        Assert.Equal(1, again);
        Assert.NotEqual(first, digest);
        Assert.Null(afterSent);
        Assert.Equal([(digest!.Value, "pending", (string?)null), (1L, "sent", "A1")],
            store.Deliveries(1, 10).Select(d => (d.Id, d.Status, d.AccountId)));
    }

    public void Dispose() => database.Dispose();
}
