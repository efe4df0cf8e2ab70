using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Delivery;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Seed;
using Reporting.Tests.Fixtures.Smtp;
using Reporting.Documents.Ebr;

namespace Reporting.Bench.Delivery;

/// <summary>
/// 200 accounts' EBR packs due at the same moment (200 subscriptions, one per account, cron
/// "0 7 1 * *"), sent by one DeliveryRunner run over real SMTP to aiosmtpd on loopback, with the
/// real PDFs (Chromium, Reporting:Pdf:Concurrency 2, two messages composed at once), progress every
/// 20 messages. Checks that 200 messages arrived, each once. Over the seed's demo data, 200 accounts × 12 months.
/// </summary>
public sealed class DeliveryBenchmark(Workspace workspace)
{
    private const int Accounts = 200;

    public IEnumerable<Figure> Run()
    {
        var path = workspace.FreshDatabase("delivery.duckdb");
        var due = new DateTimeOffset(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 7, 0, 0, TimeSpan.Zero);
        using (var database = ReportingDatabase.Open(path))
        {
            DemoDataSeeder.Seed(database, new SeedOptions { Accounts = Accounts, Months = 12 });
            var store = new SubscriptionStore(database);
            foreach (var account in new Reporting.Core.Accounts.AccountDirectory(database).All())
            {
                store.Add(new Subscription(0, $"{account.Id} monthly",
                    new SubscriptionContent(SubscriptionContentKind.AccountPack, account.Id, null, null, new Dictionary<string, string>(), null),
                    [new SubscriptionRecipient(RecipientKind.Address, $"exec.{account.Id.ToLowerInvariant()}@customer.example")],
                    new SubscriptionSchedule(ScheduleKind.Cron, "0 7 1 * *", "UTC", null, null, new TimeOnly(7, 0)),
                    DeliveryChannel.Email, null, "bench", due.AddDays(-1), false));
            }
        }
        using var smtp = SmtpSink.Start();
        using var host = Host(path, smtp.Port);
        var runner = host.Services.GetRequiredService<DeliveryRunner>();
        var clock = Stopwatch.StartNew();
        var summary = runner.RunDueAsync(due, new Printed(clock), CancellationToken.None).GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        var received = smtp.Messages();
        if (summary.Sent != Accounts || received.Count != Accounts || received.Select(m => m.MessageId).Distinct().Count() != Accounts)
        {
            throw new InvalidOperationException($"delivery: {summary.Sent} sent, {summary.Failed} failed, {received.Count} received; first failure: {summary.Failures.FirstOrDefault()?.LastError}");
        }
        var megabytes = received.Sum(m => m.Attachments.OfType<MimeKit.MimePart>().Sum(p => p.Content?.Stream?.Length ?? 0)) / 1048576.0;
        Console.WriteLine($"delivery: {Accounts} packs sent in {seconds:0.0} s ({seconds / Accounts:0.00} s a pack), {megabytes:0.0} MiB of attachments (encoded)");
        return
        [
            Figure.Of("delivery", $"{Accounts} EBR packs due at once, composed (real PDFs) and sent over SMTP", Figure.Seconds, [seconds]) with { Mode = "batch", Side = "delivery", Rows = Accounts },
        ];
    }

    private static IHost Host(string database, int smtpPort)
    {
        var builder = ReportingHost.Builder(database, new Dictionary<string, string?> { ["Reporting:Pdf:Concurrency"] = "2" });
        builder.AddReportingEbr();
        builder.Services.AddReportingDelivery(
            new DeliverySettings { Concurrency = 2 },
            new SmtpSettings { Host = "127.0.0.1", Port = smtpPort, StartTls = SmtpTls.None, From = "reports@cs.example.com" });
        builder.Services.AddSingleton<IDeliveryComposer, EbrPackComposer>();
        var host = builder.Build();
        DatabaseStartup.Prepare(host.Services);
        return host;
    }

    /// <summary>A progress line every 20 messages.</summary>
    private sealed class Printed(Stopwatch clock) : IProgress<DeliveryProgress>
    {
        public void Report(DeliveryProgress value)
        {
            if (value.Done % 20 == 0 || value.Done == value.Total)
            {
                Console.WriteLine($"delivery: {value.Done}/{value.Total} ({value.Sent} sent, {value.Failed} failed) after {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }
    }
}
