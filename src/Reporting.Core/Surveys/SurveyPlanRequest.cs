using System.Globalization;
using Reporting.Core.Periods;

namespace Reporting.Core.Surveys;

/// <summary>Which month to plan (its first day) and, optionally, a monthly cohort share overriding the program's cycle.</summary>
public sealed record SurveyPlanRequest(DateOnly Month, double? CohortShare = null)
{
    /// <summary>From request text: month as YYYY-MM, share as a percent; bad text throws naming the parameter.</summary>
    public static SurveyPlanRequest Parse(string? month, string? cohortShare)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            throw new SurveyPlanException("month", "is required (YYYY-MM)");
        }
        if (SupportedDates.Parse(month.Trim(), out var first, "yyyy-MM") is { } problem)
        {
            throw new SurveyPlanException("month", problem);
        }
        if (string.IsNullOrWhiteSpace(cohortShare))
        {
            return new SurveyPlanRequest(first);
        }
        return double.TryParse(cohortShare, NumberStyles.Float, CultureInfo.InvariantCulture, out var share)
            ? Create(first, share)
            : throw new SurveyPlanException("cohort-share", $"'{cohortShare}' is not a number");
    }

    /// <summary>A request with a share checked to be a percent above 0 and at most 100.</summary>
    public static SurveyPlanRequest Create(DateOnly month, double? cohortShare)
    {
        if (cohortShare is { } share && (!double.IsFinite(share) || share <= 0 || share > 100))
        {
            throw new SurveyPlanException("cohort-share", $"{share.ToString(CultureInfo.InvariantCulture)} is not a percent above 0 and at most 100");
        }
        return new SurveyPlanRequest(new DateOnly(month.Year, month.Month, 1), cohortShare);
    }
}
