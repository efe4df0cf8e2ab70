using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Tests.Fixtures.Smtp;

namespace Reporting.Core.Tests.Delivery;

/// <summary>
/// The delivery engine as the server registers it (AddReportingDelivery) over the hand-made data of
/// <see cref="DeliveryData"/>, sending to a real SMTP server on loopback, with the small account-list
/// composer. Retries wait 10 ms, 20 ms … so the fault tests stay short (they measure no time).
/// </summary>
internal sealed class DeliveryWorld : IDisposable
{
    public static readonly DateTimeOffset December1 = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero); // 07:00 in Berlin

    private readonly List<ServiceProvider> providers = [];

    public DeliveryWorld(int failFirst = 0)
    {
        DeliveryData.Write(Database);
        Smtp = SmtpSink.Start(failFirst);
        Store = new SubscriptionStore(Database);
        SmtpSettings = new SmtpSettings { Host = "127.0.0.1", Port = Smtp.Port, StartTls = SmtpTls.None, From = "Reports <reports@cs.example.com>" };
    }

    public ReportingDatabase Database { get; } = ReportingDatabase.OpenInMemory();

    public SmtpSink Smtp { get; }

    public SubscriptionStore Store { get; }

    public SmtpSettings SmtpSettings { get; }

    public DeliverySettings Settings { get; } = new() { MaxAttempts = 3, BackoffSeconds = 0.01, BaseUrl = new Uri("https://reports.example/") };

    /// <summary>A fresh engine (as a restarted process has) over the same database.</summary>
    public DeliveryRunner Runner() => Services().GetRequiredService<DeliveryRunner>();

    public ServiceProvider Services()
    {
        var services = new ServiceCollection()
            .AddSingleton(Database)
            .AddSingleton<IDeliveryComposer>(new AccountListComposer(Database))
            .AddReportingDelivery(Settings, SmtpSettings)
            .BuildServiceProvider();
        providers.Add(services);
        return services;
    }

    public Task<DeliverySummary> RunAsync(DateTimeOffset now) => Runner().RunDueAsync(now, null, CancellationToken.None);

    public UnsubscribeLinks Links => UnsubscribeLinks.For(Store, null);

    public void Dispose()
    {
        providers.ForEach(p => p.Dispose());
        Smtp.Dispose();
        Database.Dispose();
    }
}
