using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Core.Themes;

namespace Reporting.Core.Signals;

/// <summary>
/// Judges the warning signals of reports/playbook.yaml for accounts as of a date (KPIS.md, signals
/// 1–8): each signal with every check's outcome and evidence. The numbers come from the KPI
/// calculator over the cube (periods of whole months, see <see cref="Playbook.PeriodMonths"/>), the
/// comments from the survey answers matched with reports/themes.yaml.
/// </summary>
public sealed class SignalEvaluator(KpiCalculator calculator, Playbook playbook, ThemeDictionary themes)
{
    private readonly SignalData data = new(calculator, playbook, themes);
    private readonly CheckEvaluator checks = new(playbook, calculator.Catalog);

    public Playbook Playbook => playbook;

    /// <summary>
    /// One account's signals; null when there is no such account. The numbers are computed for every
    /// account at once (the scan costs the same), so that a cube cache answers the next account.
    /// </summary>
    public AccountSignals? ForAccount(string accountId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var account = new AccountDirectory(calculator.Database).Find(accountId);
        return account is null ? null : ForAll(asOf, null, cancellationToken).Single(s => s.Account.Id == accountId);
    }

    /// <summary>Every account's signals (of one segment when given), by account id.</summary>
    public IReadOnlyList<AccountSignals> ForAll(DateOnly asOf, string? segment = null, CancellationToken cancellationToken = default) =>
        data.Gather(segment, asOf, cancellationToken).Select(Judge).ToList();

    private AccountSignals Judge(AccountSignalInputs inputs)
    {
        var signals = playbook.Signals.Select(signal =>
        {
            var outcomes = signal.Checks.Select(c => checks.Evaluate(c, inputs)).ToList();
            return new SignalEvaluation(signal.Id, signal.Number, signal.Title, signal.Severity, outcomes.Any(o => o.Held), outcomes);
        }).ToList();
        return new AccountSignals(inputs.Account, inputs.AsOf, inputs.Default.Periods, signals) { PeriodKpis = inputs.Default.Kpis };
    }
}
