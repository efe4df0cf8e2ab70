using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Reporting.Core.Accounts;
using Reporting.Core.Alerts;
using Reporting.Core.ClosedLoop;
using Reporting.Core.FeatureImpact;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Reporting.Documents.Cube;
using Reporting.Documents.Signals;
using Reporting.Web.Operations;

namespace Reporting.Web.Signals;

/// <summary>
/// Early warning over HTTP: an account's health, signals and 30-60-90 plan, the recent signals across
/// accounts, the detractor closed loop and the Feature Impact Score; plus the alert monitor. Answers are
/// the JSON of <see cref="SignalsJson"/> (snake_case); an unknown account is a 404 problem, a bad
/// parameter a 400 problem naming it.
/// </summary>
public static class SignalsEndpoints
{
    /// <summary>
    /// Registers the services the Account 360 page and the alerts use: <see cref="HealthHistory"/>,
    /// <see cref="SignalEvaluator"/>, <see cref="RecoveryPlanner"/>, <see cref="ClosedLoopReport"/>,
    /// <see cref="FeatureImpactTable"/>, <see cref="SignalLog"/>, <see cref="AccountDirectory"/>, and the
    /// <see cref="AlertMonitor"/>. Needs AddReportingCube and AddReportingKpis first.
    /// </summary>
    public static IHostApplicationBuilder AddReportingSignals(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddReportingEarlyWarning();
        services.AddSingleton<DetractorCaseOpener>();
        services.AddSingleton<SignalLog>();
        services.AddSingleton(s => s.GetRequiredService<IOptions<AlertOptions>>().Value.ToSettings());
        // Without webhooks the sender has none to POST to, so the dispatcher only records firings.
        services.AddHttpClient<WebhookSender>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<AlertMonitor>();
        services.AddHostedService(s => s.GetRequiredService<AlertMonitor>());
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingSignals(this IEndpointRouteBuilder endpoints)
    {
        // Loaded now, so that a bad playbook stops start-up naming the file and entry.
        endpoints.ServiceProvider.GetRequiredService<Playbook>();
        var accounts = endpoints.MapGroup("/api/accounts/{id}").WithTags("Early warning").Refuses(400, 404);
        accounts.MapGet("/health", Health).WithName("AccountHealth")
            .WithSummary("The account's health score as of a date (asOf, default today): the current month's score and parts, the monthly history (months, default 12), spells at risk with recovery days, revenue at risk.")
            .Produces<AccountHealth>();
        accounts.MapGet("/signals", AccountSignals).WithName("AccountSignals")
            .WithSummary("Every warning signal of reports/playbook.yaml judged for the account as of a date, each check with its numbers and comments.")
            .Produces<AccountSignals>();
        accounts.MapGet("/plan", Plan).WithName("AccountPlan")
            .WithSummary("The account's 30-60-90 plan as of a date (asOf or date): actions with stage, owner, due date, KPI baseline and target, impact and evidence; a sustain plan without signals.")
            .Produces<RecoveryPlan>();
        endpoints.MapGet("/api/alerts", Alerts).WithName("Alerts").WithTags("Early warning")
            .WithSummary("The signal firings the alert monitor recorded, newest first (account, limit).")
            .Produces<IReadOnlyList<SignalFiring>>().Refuses(400);
        endpoints.MapGet("/api/closed-loop", ClosedLoop).WithName("ClosedLoop").WithTags("Early warning")
            .WithSummary("The detractor closed loop: 24/48/72 h compliance, recovery by first-contact bucket, overdue steps and follow-ups due as of a date.")
            .Produces<ClosedLoopSummary>().Refuses(400, 503);
        endpoints.MapGet("/api/feature-impact", FeatureImpact).WithName("FeatureImpact").WithTags("Early warning")
            .WithSummary("The Feature Impact Score per feature request theme, highest first.")
            .Produces<IReadOnlyList<FeatureImpactRow>>().Refuses(400, 503);
        return endpoints;
    }

    public static Task<Results<JsonHttpResult<AccountHealth>, ProblemHttpResult>> Health(
        string id, string? asOf, string? date, int? months, HealthHistory health, ReportingClock clock, CancellationToken cancellationToken)
    {
        var badMonths = months is < 1 or > HealthHistory.MaxMonths ? BadParameter("months", $"must be between 1 and {HealthHistory.MaxMonths}") : null;
        return ForAccount(id, new AsOfQuery(asOf, date), clock, day => health.ForAccount(id, day, months ?? 12, cancellationToken), cancellationToken, badMonths);
    }

    public static Task<Results<JsonHttpResult<AccountSignals>, ProblemHttpResult>> AccountSignals(
        string id, string? asOf, string? date, SignalEvaluator signals, ReportingClock clock, CancellationToken cancellationToken) =>
        ForAccount(id, new AsOfQuery(asOf, date), clock, day => signals.ForAccount(id, day, cancellationToken), cancellationToken);

    public static Task<Results<JsonHttpResult<RecoveryPlan>, ProblemHttpResult>> Plan(
        string id, string? asOf, string? date, RecoveryPlanner planner, ReportingClock clock, CancellationToken cancellationToken) =>
        ForAccount(id, new AsOfQuery(asOf, date), clock, day => planner.ForAccount(id, day, cancellationToken), cancellationToken);

    public static Results<JsonHttpResult<IReadOnlyList<SignalFiring>>, ProblemHttpResult> Alerts(string? account, int? limit, SignalLog log, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return BadParameter("limit", "must be between 1 and 1000");
        }
        return TypedResults.Json(log.Recent(limit ?? 100, string.IsNullOrWhiteSpace(account) ? null : account, cancellationToken), SignalsJson.Options);
    }

    public static async Task<Results<JsonHttpResult<ClosedLoopSummary>, ProblemHttpResult>> ClosedLoop(
        [AsParameters] ScopeQuery query, ClosedLoopReport report, AccountDirectory directory, ReportingClock clock, CancellationToken cancellationToken)
    {
        try
        {
            var filter = KpiFilter.Parse(query.Account, query.Segment, query.From, query.To);
            if (AsOf(query.AsOf, null, clock, out var day) is { } wrong)
            {
                return BadParameter("asOf", wrong);
            }
            if (filter.Account is { } account && directory.Find(account) is null)
            {
                return NotFound(account);
            }
            return TypedResults.Json(await Task.Run(() => report.Summarize(filter, day, cancellationToken: cancellationToken), cancellationToken), SignalsJson.Options);
        }
        catch (KpiFilterException e)
        {
            return BadParameter(e.Parameter, e.Message);
        }
    }

    public static async Task<Results<JsonHttpResult<IReadOnlyList<FeatureImpactRow>>, ProblemHttpResult>> FeatureImpact(
        [AsParameters] ScopeQuery query, FeatureImpactTable table, ReportingClock clock, CancellationToken cancellationToken)
    {
        try
        {
            var filter = KpiFilter.Parse(query.Account, query.Segment, query.From, query.To);
            var today = clock.Today;
            return TypedResults.Json(await Task.Run(() => table.Rows(filter, today, cancellationToken), cancellationToken), SignalsJson.Options);
        }
        catch (KpiFilterException e)
        {
            return BadParameter(e.Parameter, e.Message);
        }
    }

    /// <summary>
    /// One account's answer as of the asOf (or date) parameter, today when absent: 400 naming the
    /// parameter when it is no date, then <paramref name="otherProblem"/> if any, 404 when no account has the id.
    /// </summary>
    private static async Task<Results<JsonHttpResult<T>, ProblemHttpResult>> ForAccount<T>(
        string id, AsOfQuery query, ReportingClock clock, Func<DateOnly, T?> answer, CancellationToken cancellationToken, ProblemHttpResult? otherProblem = null)
        where T : class
    {
        if (AsOf(query.AsOf, query.Date, clock, out var day) is { } wrong)
        {
            return BadParameter(query.Parameter, wrong);
        }
        if (otherProblem is not null)
        {
            return otherProblem;
        }
        var result = await Task.Run(() => answer(day), cancellationToken);
        return result is null ? NotFound(id) : TypedResults.Json(result, SignalsJson.Options);
    }

    /// <summary>The asOf (or date) parameter, today when absent; what is wrong with it, or null.</summary>
    private static string? AsOf(string? asOf, string? date, ReportingClock clock, out DateOnly day)
    {
        var text = string.IsNullOrWhiteSpace(asOf) ? date : asOf;
        day = clock.Today;
        return string.IsNullOrWhiteSpace(text) ? null : SupportedDates.Parse(text.Trim(), out day);
    }

    private static ProblemHttpResult NotFound(string account) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"account: no account '{account}'",
        extensions: new Dictionary<string, object?> { ["parameter"] = "account" });

    private static ProblemHttpResult BadParameter(string parameter, string problem) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered",
        detail: problem.StartsWith(parameter + ":", StringComparison.Ordinal) ? problem : $"{parameter}: {problem}",
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}

/// <summary>An account answer's date: asOf, or its older name date; a problem names the one given.</summary>
internal sealed record AsOfQuery(string? AsOf, string? Date)
{
    public string Parameter => string.IsNullOrWhiteSpace(AsOf) ? "date" : "asOf";
}

/// <summary>The query string of the closed loop and the Feature Impact Score: account, segment, inclusive dates, and the date the closed loop is judged as of.</summary>
public sealed record ScopeQuery(string? Account, string? Segment, string? From, string? To, string? AsOf);
