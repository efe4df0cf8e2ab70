using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Delivery;
using Reporting.Core.Text;
using Spectre.Console;

namespace Reporting.Cli.Delivery;

/// <summary>
/// `reporting deliver`: sends everything due at a moment (now, or --at) once, with a line per message
/// as it finishes, then a summary; exit code 1 when any message failed. --dry-run lists what is due
/// and writes nothing.
/// </summary>
internal static class DeliverCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var at = new Option<string?>("--at") { Description = "The moment to deliver for, ISO 8601 (2026-12-01T07:00:00Z); default now." };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what is due and would be sent; record and send nothing." };
        var smtpHost = new Option<string?>("--smtp-host") { Description = "SMTP server (default Reporting__Smtp__Host, else localhost)." };
        var smtpPort = new Option<int?>("--smtp-port") { Description = "SMTP port (default Reporting__Smtp__Port, else 25)." };
        var command = new Command("deliver", "Send the subscriptions' messages due at a moment, once.") { database, at, dryRun, smtpHost, smtpPort };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (Moment(console, result.GetValue(at)) is not { } now)
            {
                return 2;
            }
            var settings = new Dictionary<string, string?>();
            if (result.GetValue(smtpHost) is { } host)
            {
                settings["Reporting:Smtp:Host"] = host;
            }
            if (result.GetValue(smtpPort) is { } port)
            {
                settings["Reporting:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
            }
            using var app = DeliveryHost.Open(result.GetValue(database)!, settings, message => console.Line(message));
            var runner = app.Services.GetRequiredService<DeliveryRunner>();
            return result.GetValue(dryRun) ? DryRun(console, runner, app.Services.GetRequiredService<DeliverySettings>(), now)
                : await RunAsync(console, runner, now, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>A hook for tests: runs with the runner before it delivers (to stop the process between recording and sending).</summary>
    internal static Action<DeliveryRunner>? ConfigureForTests { get; set; }

    private static async Task<int> RunAsync(IAnsiConsole console, DeliveryRunner runner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        console.Line($"Delivering what is due at {now:yyyy-MM-ddTHH:mm:ssZ}.");
        ConfigureForTests?.Invoke(runner);
        var summary = await runner.RunDueAsync(now, new ProgressLines(console), cancellationToken).ConfigureAwait(false);
        console.Line($"{summary.Sent} sent, {summary.Failed} failed, {summary.Missed} missed, {summary.AlreadyRecorded} already sent or recorded by an earlier run ({summary.Elapsed.TotalSeconds:0.0} s).");
        foreach (var failure in summary.Failures)
        {
            console.Line($"failed: delivery {failure.Id} to {failure.Recipient}{About(failure.AccountId)} after {failure.Attempts} attempt(s): {failure.LastError}", Color.Red);
        }
        return summary.Failed > 0 ? 1 : 0;
    }

    private static int DryRun(IAnsiConsole console, DeliveryRunner runner, DeliverySettings settings, DateTimeOffset now)
    {
        var plan = runner.Planner.Plan(now, settings.Grace);
        console.Line($"Due at {now:yyyy-MM-ddTHH:mm:ssZ} (dry run: nothing recorded or sent): {plan.Due.Count} message(s); {plan.Missed.Count} older than the grace window would be recorded missed.");
        foreach (var due in plan.Due)
        {
            console.Line($"  #{due.Subscription.Id} {due.Subscription.Name}: {due.Occurrence:yyyy-MM-ddTHH:mm:ssZ} to {due.Recipient.Email}{About(due.AccountId)}");
        }
        return 0;
    }

    private static DateTimeOffset? Moment(IAnsiConsole console, string? text)
    {
        if (text is null)
        {
            return DateTimeOffset.UtcNow;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.ToUniversalTime();
        }
        console.Line($"error: option --at value '{Echo.Short(text)}': not a moment such as 2026-12-01T07:00:00Z", Color.Red);
        return null;
    }

    private static string About(string? accountId) => accountId is null ? "" : $" ({accountId})";

    /// <summary>One line per finished message: [done/total] sent|failed delivery N to whom (account).</summary>
    private sealed class ProgressLines(IAnsiConsole console) : IProgress<DeliveryProgress>
    {
        public void Report(DeliveryProgress value) => console.Line(
            $"[{value.Done}/{value.Total}] {value.Last?.Status} delivery {value.Last?.Id} to {value.Last?.Recipient}{About(value.Last?.AccountId)}");
    }
}
