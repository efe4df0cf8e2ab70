using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Tests.Fixtures.Smtp;

namespace Reporting.Core.Tests.Delivery;

public sealed class DeliveryFaultTests
{
    [Fact]
    public async Task A_server_down_for_two_attempts_delivers_once_on_the_third_and_records_the_attempts()
    {
        using var world = new DeliveryWorld(failFirst: 2);
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("cfo@acme.example")));

        var summary = await world.RunAsync(DeliveryWorld.December1);

        Assert.Equal((1, 1, 0), (summary.Due, summary.Sent, summary.Failed));
        Assert.Single(world.Smtp.Messages());
        var row = Assert.Single(world.Store.Deliveries(id, 10));
        Assert.Equal((DeliveryStatus.Sent, 3), (row.Status, row.Attempts));
        Assert.Equal("SMTP 421: 4.3.2 Service not available", row.LastError);
    }

    [Fact]
    public async Task A_server_down_past_the_retries_fails_with_the_error_and_a_later_run_does_not_resend()
    {
        using var world = new DeliveryWorld();
        var closed = ClosedPort();
        world.SmtpSettings.Port = closed;
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("cfo@acme.example")));

        var progress = new List<DeliveryProgress>();
        var summary = await world.Runner().RunDueAsync(DeliveryWorld.December1, new Collect(progress), CancellationToken.None);
        world.SmtpSettings.Port = world.Smtp.Port;
        var later = await world.RunAsync(DeliveryWorld.December1.AddMinutes(1));

        Assert.Equal((1, 0, 1), (summary.Due, summary.Sent, summary.Failed));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((DeliveryStatus.Failed, 3), (failure.Status, failure.Attempts));
        Assert.StartsWith($"SMTP 127.0.0.1:{closed}: Connection refused", failure.LastError, StringComparison.Ordinal);
        Assert.Equal([(1, 1, 0, 1)], progress.Select(p => (p.Done, p.Total, p.Sent, p.Failed)));
        Assert.Equal((0, 0), (later.Due, later.Sent));
        Assert.Empty(world.Smtp.Messages());
        Assert.Equal(DeliveryStatus.Failed, world.Store.Deliveries(id, 10).Single().Status);
    }

    [Fact]
    public async Task A_mailbox_the_server_refuses_is_not_tried_again()
    {
        using var world = new DeliveryWorld();
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("nobody@refused.example")));

        var summary = await world.RunAsync(DeliveryWorld.December1);

        var row = Assert.Single(world.Store.Deliveries(id, 10));
        Assert.Equal((1, DeliveryStatus.Failed, 1), (summary.Failed, row.Status, row.Attempts));
        Assert.Equal("SMTP 550: 5.1.1 No such mailbox", row.LastError);
    }

    /// <summary>A loopback port nothing listens on: an SMTP server that is down.</summary>
    private static int ClosedPort()
    {
        using var sink = SmtpSink.Start();
        return sink.Port;
    }

    private sealed class Collect(List<DeliveryProgress> into) : IProgress<DeliveryProgress>
    {
        public void Report(DeliveryProgress value) => into.Add(value);
    }
}
