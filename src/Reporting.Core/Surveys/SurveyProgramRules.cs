using System.Data.Common;
using System.Globalization;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Surveys;

/// <summary>
/// The survey program's rules from the playbooks: one survey per contact within <see cref="CapDays"/>,
/// a relational survey for every active contact once per <see cref="CycleMonths"/>, non-responders
/// followed up after <see cref="FollowupAfterDays"/>, pre-renewal and post-onboarding surveys at fixed
/// distances from the account's dates. reports/kpis.yaml (survey_program) sets them; they are kept in
/// dim_survey_program, where the views of the KPIs read them too.
/// </summary>
public sealed record SurveyProgramRules
{
    public int CapDays { get; init; } = 90;

    public int CycleMonths { get; init; } = 3;

    public int MinTenureDays { get; init; } = 90;

    public int FollowupAfterDays { get; init; } = 7;

    public int FollowupWithinDays { get; init; } = 7;

    public int PreRenewalDays { get; init; } = 60;

    public int PostOnboardingDays { get; init; } = 30;

    /// <summary>The values the table's checks would refuse, named as in kpis.yaml.</summary>
    public IEnumerable<string> Problems()
    {
        var positive = new (string Name, int Value)[]
        {
            ("cap_days", CapDays), ("followup_after_days", FollowupAfterDays), ("followup_within_days", FollowupWithinDays),
            ("pre_renewal_days", PreRenewalDays), ("post_onboarding_days", PostOnboardingDays),
        };
        foreach (var (name, _) in positive.Where(p => p.Value <= 0))
        {
            yield return $"survey_program: {name} must be above 0";
        }
        if (CycleMonths is < 1 or > 12)
        {
            yield return "survey_program: cycle_months must be between 1 and 12";
        }
        if (MinTenureDays < 0)
        {
            yield return "survey_program: min_tenure_days cannot be negative";
        }
    }

    /// <summary>The rules the facts are read with: the warehouse's copy of dim_survey_program on ClickHouse, else the file's.</summary>
    public static SurveyProgramRules Read(FactConnection connection) => From(connection.Query(Select));

    /// <summary>The rules the local file holds, which a settings write compares and writes.</summary>
    public static SurveyProgramRules Read(DbConnection connection) => From(connection.Query(Select));

    private static SurveyProgramRules From(DuckDbResultSet row)
    {
        if (row.RowCount == 0)
        {
            throw new InvalidOperationException("dim_survey_program has no row: the database was not migrated.");
        }
        int At(int column) => Convert.ToInt32(row.Columns[column].GetValue(0), CultureInfo.InvariantCulture);
        return new SurveyProgramRules
        {
            CapDays = At(0), CycleMonths = At(1), MinTenureDays = At(2), FollowupAfterDays = At(3),
            FollowupWithinDays = At(4), PreRenewalDays = At(5), PostOnboardingDays = At(6),
        };
    }

    /// <summary>Writes these rules into dim_survey_program (inside the caller's transaction).</summary>
    public void Write(DbConnection connection) => connection.Execute(
        $"INSERT OR REPLACE INTO dim_survey_program (id, {Columns}) VALUES (1, $1, $2, $3, $4, $5, $6, $7)",
        CapDays, CycleMonths, MinTenureDays, FollowupAfterDays, FollowupWithinDays, PreRenewalDays, PostOnboardingDays);

    private const string Select = $"SELECT {Columns} FROM dim_survey_program WHERE id = 1";

    private const string Columns =
        "cap_days, cycle_months, min_tenure_days, followup_after_days, followup_within_days, pre_renewal_days, post_onboarding_days";
}
