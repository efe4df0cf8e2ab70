using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Cli.Delivery;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Tests.Fixtures.Smtp;

namespace Reporting.Cli.Tests.Delivery;

/// <summary>
/// `reporting deliver` against a real SMTP server on loopback. The command line runs in-process with
/// the tests' small composer (the web's composes the real packs); retries wait 10 ms, 20 ms; one message at a time, so the progress lines come in order.
/// One class, so the in-process hooks are never set by two tests at once.
/// </summary>
public sealed class DeliverCommandTests : IDisposable
{
    private const string At = "2026-12-01T06:00:00Z"; // 07:00 in Berlin
    private readonly TempFolder folder = new();
    private readonly SmtpSink smtp = SmtpSink.Start();
    private readonly string db;

    public DeliverCommandTests()
    {
        db = folder.File("reporting.duckdb");
        using (var database = ReportingDatabase.Open(db))
        {
            DeliveryData.Write(database);
            new SubscriptionStore(database).Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive")));
        }
        DeliveryHost.ComposerForTests = services => services.AddSingleton<IDeliveryComposer>(sp => new AccountListComposer(sp.GetRequiredService<ReportingDatabase>()));
        DeliveryHost.SettingsForTests = new Dictionary<string, string?> { ["Reporting:Delivery:BackoffSeconds"] = "0.01", ["Reporting:Delivery:MaxAttempts"] = "3", ["Reporting:Delivery:Concurrency"] = "1" };
    }

    [Fact]
    public void Deliver_sends_what_is_due_once_and_a_second_run_sends_nothing()
    {
        var first = Deliver(smtp.Port);
        var second = Deliver(smtp.Port);

        Assert.Equal(0, first.ExitCode);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Delivering what is due at 2026-12-01T06:00:00Z.", lines[0]);
        Assert.Equal(["[1/2] sent delivery 1 to ed@acme.example (A1)", "[2/2] sent delivery 2 to eve@acme.example (A1)"], lines[1..3]);
        Assert.StartsWith("2 sent, 0 failed, 0 missed, 0 already sent or recorded by an earlier run (", lines[3], StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Delivering what is due at 2026-12-01T06:00:00Z.\n0 sent, 0 failed, 0 missed, 0 already", second.Output, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages().Count);
    }

    [Fact]
    public void Deliver_exits_1_naming_each_failure_when_the_server_is_down_past_the_retries()
    {
        var closed = ClosedPort();

        var (exitCode, output) = Deliver(closed);

        Assert.Equal(1, exitCode);
        Assert.Contains("0 sent, 2 failed, 0 missed", output, StringComparison.Ordinal);
        Assert.Contains($"failed: delivery 1 to ed@acme.example (A1) after 3 attempt(s): SMTP 127.0.0.1:{closed}: Connection refused", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_lists_what_is_due_and_records_nothing()
    {
        var (exitCode, output) = CliRun.Invoke("deliver", "--db", db, "--at", At, "--dry-run");

        Assert.Equal((0,
            "Due at 2026-12-01T06:00:00Z (dry run: nothing recorded or sent): 2 message(s); 0 older than the grace window would be recorded missed.\n" +
            "  #1 A1 monthly: 2026-12-01T06:00:00Z to ed@acme.example (A1)\n" +
            "  #1 A1 monthly: 2026-12-01T06:00:00Z to eve@acme.example (A1)\n"), (exitCode, output));
        using var database = ReportingDatabase.Open(db);
        Assert.Empty(new SubscriptionStore(database).Deliveries(null, 10));
        Assert.Empty(smtp.Messages());
    }

    [Fact]
    public void Two_deliver_processes_at_the_same_moment_send_each_message_once_and_both_exit_0()
    {
        Process? other = null;
        var otherOutput = new List<string>();
        DeliverCommand.ConfigureForTests = runner => runner.AfterRecording = () => other = StartOtherProcessAndWaitUntilItWaits(otherOutput);
        try
        {
            var (exitCode, output) = Deliver(smtp.Port);
            Assert.Equal(0, exitCode);
            Assert.Contains("2 sent, 0 failed", output, StringComparison.Ordinal);
        }
        finally
        {
            DeliverCommand.ConfigureForTests = null;
        }

        Assert.True(other!.WaitForExit(120_000), "the second deliver did not end");
        otherOutput.Add(other.StandardOutput.ReadToEnd());
        var text = string.Join('\n', otherOutput);
        Assert.Equal(0, other.ExitCode);
        Assert.Contains("0 sent, 0 failed, 0 missed", text, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages().Count);
        Assert.Equal(2, smtp.Messages().Select(m => m.MessageId).Distinct().Count());
    }

    /// <summary>Starts `reporting deliver` as its own process while this one holds the file; returns once it says it waits.</summary>
    private Process StartOtherProcessAndWaitUntilItWaits(List<string> output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "deliver", "--db", db, "--at", At, "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            output.Add(line);
            if (line.StartsWith("The database is in use by another process", StringComparison.Ordinal))
            {
                return process;
            }
        }
        throw new InvalidOperationException("the second deliver ended without waiting: " + string.Join('\n', output) + process.StandardError.ReadToEnd());
    }

    private (int ExitCode, string Output) Deliver(int port) =>
        CliRun.Invoke("deliver", "--db", db, "--at", At, "--smtp-host", "127.0.0.1", "--smtp-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static int ClosedPort()
    {
        using var sink = SmtpSink.Start();
        return sink.Port;
    }

    public void Dispose()
    {
        DeliveryHost.ComposerForTests = null;
        DeliveryHost.SettingsForTests = null;
        smtp.Dispose();
        folder.Dispose();
    }
}
