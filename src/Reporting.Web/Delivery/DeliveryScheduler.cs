using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>
/// Sends what falls due: every Reporting:Delivery:PollSeconds it asks the runner to send everything
/// due by now (the runner records each message before sending it, so a restart never sends twice).
/// A failed round is logged and the next one tries again.
/// </summary>
public sealed class DeliveryScheduler(DeliveryRunner runner, DeliverySettings settings, TimeProvider clock, ILogger<DeliveryScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.PollSeconds)), clock);
        do
        {
            await RoundAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            var summary = await runner.RunDueAsync(clock.GetUtcNow(), null, stoppingToken);
            if (summary.Due + summary.Missed > 0)
            {
                logger.LogInformation("Deliveries: {Sent} sent, {Failed} failed, {Missed} missed of {Due} due", summary.Sent, summary.Failed, summary.Missed, summary.Due);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "A delivery round failed; the next round tries again");
        }
    }
}
