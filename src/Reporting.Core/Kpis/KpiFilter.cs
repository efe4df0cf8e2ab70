using Reporting.Core.Periods;

namespace Reporting.Core.Kpis;

/// <summary>
/// Which observations the KPIs are computed over: one account, one segment, and inclusive dates
/// over each KPI's own event time (response time for surveys, creation time for tickets, …).
/// </summary>
public sealed record KpiFilter(string? Account = null, string? Segment = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The segments accounts can be in (DATA.md).</summary>
    public static IReadOnlyList<string> Segments { get; } = ["SMB", "Mid-Market", "Enterprise"];

    /// <summary>From request text (empty means absent); a bad date, reversed dates or an unknown segment throw naming the parameter.</summary>
    public static KpiFilter Parse(string? account, string? segment, string? from, string? to)
    {
        var filter = new KpiFilter(Blank(account), Blank(segment), Date(from, "from"), Date(to, "to"));
        if (filter.Segment is { } s && !Segments.Contains(s, StringComparer.Ordinal))
        {
            throw new KpiFilterException("segment", $"'{s}' is not a segment ({string.Join(", ", Segments)})");
        }
        if (filter is { From: { } f, To: { } t } && f > t)
        {
            throw new KpiFilterException("from", $"{f:yyyy-MM-dd} is after to ({t:yyyy-MM-dd})");
        }
        return filter;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text, string parameter) => Blank(text) is not { } value ? null
        : SupportedDates.Parse(value, out var date) is { } problem ? throw new KpiFilterException(parameter, problem)
        : date;
}
