using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Tests.Fixtures.Delivery;

namespace Reporting.Cli.Tests.Delivery;

public sealed class SubscriptionsCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string db;

    public SubscriptionsCommandTests()
    {
        db = folder.File("reporting.duckdb");
        using var database = ReportingDatabase.Open(db);
        DeliveryData.Write(database);
    }

    [Fact]
    public void Add_list_pause_and_remove_a_subscription()
    {
        var added = CliRun.Invoke("subscriptions", "add", "--db", db, "--name", "A1 monthly", "--ebr", "A1", "--to", "cfo@acme.example",
            "--to-role", "executive", "--to", "Ana.Silva@cs.example.com", "--cron", "0 7 1 * *", "--time-zone", "Europe/Berlin");
        var paused = CliRun.Invoke("subscriptions", "pause", "--db", db, "--id", "1");
        var listed = CliRun.Invoke("subscriptions", "list", "--db", db);

        Assert.Equal((0, "Added subscription 1 (A1 monthly): EBR pack of A1, cron 0 7 1 * * (Europe/Berlin).\n"), added);
        Assert.Equal((0, "Paused subscription 1 (A1 monthly).\n"), paused);
        Assert.Contains("│ 1  │ A1 monthly │ EBR pack of A1 │ cfo@acme.example, Ana.Silva@cs.example.com, contacts: executive │ cron 0 7 1 * * (Europe/Berlin) │ paused │", listed.Output, StringComparison.Ordinal);
        using (var database = ReportingDatabase.Open(db))
        {
            var stored = new SubscriptionStore(database).Find(1)!;
            Assert.Equal(
                [new SubscriptionRecipient(RecipientKind.Address, "cfo@acme.example"), new SubscriptionRecipient(RecipientKind.Member, "Ana.Silva@cs.example.com"), new SubscriptionRecipient(RecipientKind.ContactRole, "executive")],
                stored.Recipients);
            Assert.Equal(("command line", true), (stored.CreatedBy, stored.Paused));
        }
        Assert.Equal((0, "Removed subscription 1 (A1 monthly).\n"), CliRun.Invoke("subscriptions", "remove", "--db", db, "--id", "1"));
        Assert.Equal((0, "No subscriptions: add one with `reporting subscriptions add`.\n"), CliRun.Invoke("subscriptions", "list", "--db", db));
    }

    [Fact]
    public void Each_problem_names_its_option()
    {
        var bad = CliRun.Invoke("subscriptions", "add", "--db", db, "--name", "x", "--digest", "overview", "--to-role", "executive",
            "--cron", "0 25 * * *", "--time-zone", "Mars/Olympus");
        var unseen = CliRun.Invoke("subscriptions", "add", "--db", db, "--name", "x", "--ebr", "B1", "--to-role", "executive", "--cron", "0 7 * * *", "--as", "ana.silva@cs.example.com");
        var both = CliRun.Invoke("subscriptions", "add", "--db", db, "--name", "x", "--ebr", "A1", "--digest", "overview", "--cron", "0 7 * * *");
        var time = CliRun.Invoke("subscriptions", "add", "--db", db, "--name", "x", "--ebr", "A1", "--to-role", "executive", "--before", "renewal", "--days-before", "30", "--send-at", "7h");

        Assert.Equal(1, bad.ExitCode);
        Assert.Equal(
            "error: option --to/--to-role (recipient 1): a dashboard digest goes to team members only (it shows more than one account)\n" +
            "error: option --time-zone: 'Mars/Olympus' is not a time zone such as Europe/Berlin or UTC\n" +
            $"error: option --cron: '0 25 * * *' is not a five-field cron expression: {CronosMessage("0 25 * * *")}\n",
            bad.Output);
        Assert.Equal((1, "error: option --ebr: no account 'B1'\n"), unseen);
        Assert.Equal((2, "error: give exactly one of --ebr, --digest, or a rule (--renewing-within and/or --health-below), and one of --cron or --before\n"), both);
        Assert.Equal((1, "error: option --send-at value '7h': not a time of day such as 07:00\n"), time);
    }

    private static string CronosMessage(string cron) =>
        Assert.Throws<Cronos.CronFormatException>(() => Cronos.CronExpression.Parse(cron)).Message;

    public void Dispose() => folder.Dispose();
}
