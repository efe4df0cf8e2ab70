using Microsoft.Extensions.Options;
using Reporting.Core.Alerts;
using Reporting.Core.ClosedLoop;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Web.Signals;

/// <summary>
/// Keeps the early warning current: at start-up and then every few minutes, when the data version or
/// the day changed since the last run, opens the detractor cases that are missing (the named job
/// <see cref="DetractorCaseOpener.JobName"/>, with its own log line, shown on the Data page) and runs the alerts
/// (judge every account, record firings, POST the new ones). A failed run is logged and retried next time.
/// </summary>
public sealed partial class AlertMonitor(
    AlertDispatcher dispatcher,
    DetractorCaseOpener opener,
    ReportingDatabase database,
    ReportingClock clock,
    IOptions<AlertOptions> options,
    ILogger<AlertMonitor> logger) : BackgroundService
{
    private (long Version, DateOnly Day)? lastRun;

    /// <summary>One pass, whatever ran before (tests and an operator's nudge); returns what the alerts did.</summary>
    public async Task<AlertRun> RunOnce(CancellationToken cancellationToken)
    {
        if (options.Value.OpenDetractorCases)
        {
            var job = await Task.Run(() => opener.Run(cancellationToken), cancellationToken);
            LogJob(job.Job, job.Affected, job.DataVersion);
        }
        var today = clock.Today;
        var run = await Task.Run(() => dispatcher.Run(today, cancellationToken), cancellationToken);
        lastRun = (CurrentVersion(), today);
        LogRun(run.Accounts, run.Firing, run.Recorded, run.Alerts, run.Deliveries.Count(d => d.Delivered), run.Deliveries.Count);
        return run;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), clock.Time);
        do
        {
            try
            {
                if (lastRun != (CurrentVersion(), clock.Today))
                {
                    await RunOnce(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private long CurrentVersion() => database.ReadDataVersion();

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: opened {Count} detractor cases that had none; data version {DataVersion}")]
    private partial void LogJob(string job, long count, long dataVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signals: {Accounts} accounts, {Firing} firing, {Recorded} newly recorded, {Alerts} alerts; {Delivered} of {Deliveries} deliveries made")]
    private partial void LogRun(int accounts, int firing, int recorded, int alerts, int delivered, int deliveries);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert run failed; it runs again at the next tick")]
    private partial void LogFailed(Exception exception);
}
