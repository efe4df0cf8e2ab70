using Reporting.Documents.Ebr;

namespace Reporting.Web.Tests.Ebr;

/// <summary>How a signal's reason reads in the pack: KPI titles for ids, periods in words, a sentence.</summary>
public sealed class EbrTextTests
{
    private static readonly Dictionary<string, string> Titles = new() { ["nps"] = "NPS", ["reopen_rate"] = "Reopen rate" };

    [Theory]
    [InlineData("nps fell from 20 in 2025-10..2025-12 to -10 in 2026-01..2026-03", "NPS fell from 20 in Oct 2025 – Dec 2025 to -10 in Jan 2026 – Mar 2026.")]
    [InlineData("reopen_rate 12.5 in 2026-03 (target 5)", "Reopen rate 12.5 in Mar 2026 (target 5).")]
    [InlineData("first answered on 2026-03-14", "First answered on 2026-03-14.")]
    public void A_reason_reads_as_words(string reason, string expected) =>
        Assert.Equal(expected, EbrText.Reason(reason, Titles));
}
