using Reporting.Core.Periods;

namespace Reporting.Cli.Signals;

/// <summary>The --as-of option of the early-warning commands (their services come from <see cref="CliServices"/>).</summary>
internal static class EarlyWarning
{
    /// <summary>--as-of: a date (YYYY-MM-DD) in the supported span, or null when absent (the commands then take today); what is wrong with it, or null.</summary>
    public static string? AsOf(string? text, out DateOnly? asOf)
    {
        asOf = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var wrong = SupportedDates.Parse(text.Trim(), out var date);
        asOf = wrong is null ? date : null;
        return wrong;
    }
}
