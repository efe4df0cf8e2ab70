using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;

namespace Reporting.Core.Tests.Delivery;

public sealed class DeliveryRunnerTests : IDisposable
{
    private readonly DeliveryWorld world = new();

    [Fact]
    public async Task An_account_pack_reaches_each_executive_once_with_its_attachment_and_unsubscribe_headers()
    {
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));

        var first = await world.RunAsync(DeliveryWorld.December1);
        var again = await world.RunAsync(DeliveryWorld.December1.AddMinutes(5));

        Assert.Equal((2, 2, 0, 0), (first.Due, first.Sent, first.Failed, first.Missed));
        Assert.Equal((0, 0), (again.Due, again.Sent));
        var messages = world.Smtp.Messages();
        Assert.Equal(["ed@acme.example", "eve@acme.example"], messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        var eve = messages.Single(m => m.To.Mailboxes.Single().Address == "eve@acme.example");
        Assert.Equal("A1 monthly: A1", eve.Subject);
        Assert.Equal("reports@cs.example.com", eve.From.Mailboxes.Single().Address);
        var attachment = (MimePart)Assert.Single(eve.Attachments);
        Assert.Equal("A1.csv", attachment.FileName);
        Assert.Equal("A1,Acme,2026-12-31\r\n", ReadText(attachment)); // text travels in MIME's canonical CRLF
        Assert.Equal("A1,Acme,2026-12-31", eve.TextBody!.Trim());
        Assert.Contains("<td>A1,Acme,2026-12-31</td>", eve.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", eve.Headers["List-Unsubscribe-Post"]);
        var link = new Uri(eve.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Equal("https://reports.example/unsubscribe", link.GetLeftPart(UriPartial.Path));
        Assert.Equal((id, "eve@acme.example"), world.Links.TryRead(link.Query["?token=".Length..]));
        var row = world.Store.Deliveries(id, 10).Single(d => d.Recipient == "eve@acme.example");
        Assert.Equal($"delivery-{row.Id}@cs.example.com", eve.MessageId);
        Assert.Equal((DeliveryStatus.Sent, 1, "A1", DeliveryWorld.December1), (row.Status, row.Attempts, row.AccountId, row.Occurrence));
    }

    [Fact]
    public async Task Unsubscribing_stops_the_next_occurrence_for_that_address_only()
    {
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));
        await world.RunAsync(DeliveryWorld.December1);
        var token = new Uri(world.Smtp.Messages().First(m => m.To.Mailboxes.Single().Address == "eve@acme.example").Headers["List-Unsubscribe"]!.Trim('<', '>')).Query[7..];
        var (subscription, email) = world.Links.TryRead(token)!.Value;
        world.Store.Unsubscribe(subscription, email);

        var january = await world.RunAsync(new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal((1, 1), (january.Due, january.Sent));
        var messages = world.Smtp.Messages();
        Assert.Equal(3, messages.Count);
        Assert.Equal("ed@acme.example", messages[2].To.Mailboxes.Single().Address);
        Assert.Equal(3, world.Store.Deliveries(id, 10).Count);
    }

    [Fact]
    public async Task A_crash_between_recording_and_sending_is_sent_once_by_the_next_run()
    {
        world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("cfo@acme.example")));
        var crashing = world.Runner();
        crashing.AfterRecording = () => throw new OperationCanceledException("the process stopped");

        await Assert.ThrowsAsync<OperationCanceledException>(() => crashing.RunDueAsync(DeliveryWorld.December1, null, CancellationToken.None));
        var pending = Assert.Single(world.Store.Deliveries(null, 10));
        Assert.Equal((DeliveryStatus.Pending, 0), (pending.Status, pending.Attempts));
        Assert.Empty(world.Smtp.Messages());

        var restarted = await world.Runner().RunDueAsync(DeliveryWorld.December1.AddMinutes(1), null, CancellationToken.None);
        var later = await world.RunAsync(DeliveryWorld.December1.AddMinutes(2));

        Assert.Equal((1, 1, 0), (restarted.Due, restarted.Sent, later.Due));
        var message = Assert.Single(world.Smtp.Messages());
        Assert.Equal($"delivery-{pending.Id}@cs.example.com", message.MessageId);
        Assert.Equal(DeliveryStatus.Sent, world.Store.Deliveries(null, 10).Single().Status);
    }

    [Fact]
    public async Task Occurrences_older_than_the_grace_window_are_recorded_missed_once_and_not_sent()
    {
        world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));

        var late = await world.RunAsync(DeliveryWorld.December1.AddDays(2));
        var again = await world.RunAsync(DeliveryWorld.December1.AddDays(2).AddHours(1));

        // 1 December 07:00 in Berlin (1 November fell before the subscription was created), to Eve and Ed.
        Assert.Equal((0, 2, 0), (late.Sent, late.Missed, again.Missed));
        Assert.Empty(world.Smtp.Messages());
        Assert.Equal(
            [("ed@acme.example", DeliveryWorld.December1, DeliveryStatus.Missed), ("eve@acme.example", DeliveryWorld.December1, DeliveryStatus.Missed)],
            world.Store.Deliveries(null, 10).Select(d => (d.Recipient, d.Occurrence, d.Status)).Order());
    }

    [Fact]
    public async Task An_occurrence_before_the_subscription_was_made_is_not_sent_when_it_is_made_within_the_grace_window()
    {
        // Made at 08:00 in Berlin on 1 December, an hour after that month's 07:00 occurrence.
        world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")) with { CreatedAt = DeliveryWorld.December1.AddHours(1) });

        var sameMorning = await world.RunAsync(DeliveryWorld.December1.AddHours(1).AddMinutes(5));

        Assert.Equal((0, 0, 0), (sameMorning.Due, sameMorning.Sent, sameMorning.Missed));
        Assert.Empty(world.Smtp.Messages());
    }

    [Fact]
    public async Task A_paused_subscription_sends_nothing_and_misses_nothing()
    {
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));
        world.Store.SetPaused(id, true);

        var summary = await world.RunAsync(DeliveryWorld.December1);

        Assert.Equal((0, 0), (summary.Due, summary.Missed));
        Assert.Empty(world.Store.Deliveries(id, 10));
    }

    [Fact]
    public async Task A_test_send_goes_to_one_member_now_in_their_scope_and_is_recorded()
    {
        var id = world.Store.Add(DeliveryData.Digest("overview", DeliveryData.Member("robin.hale@cs.example.com")));
        var services = world.Services();
        var test = new SendTest(world.Store, new DeliveryLedger(world.Database), services.GetRequiredService<PackAccounts>(),
            new Reporting.Core.Access.TeamDirectory(world.Database), services.GetRequiredService<DeliverySender>(), TimeProvider.System);

        var sent = await test.SendAsync(id, "Ana.Silva@cs.example.com", CancellationToken.None);

        Assert.Equal([(DeliveryStatus.Sent, "ana.silva@cs.example.com")], sent.Select(d => (d.Status, d.Recipient)));
        var message = Assert.Single(world.Smtp.Messages());
        Assert.Equal(("ana.silva@cs.example.com", "A1,Acme,2026-12-31\nA2,Brill,2027-03-01"), (message.To.Mailboxes.Single().Address, message.TextBody));
        Assert.Equal("'nobody@x.example' is not a team member (Parameter 'memberEmail')",
            (await Assert.ThrowsAsync<ArgumentException>(() => test.SendAsync(id, "nobody@x.example", CancellationToken.None))).Message);
    }

    private static string ReadText(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose() => world.Dispose();
}
