using System.Globalization;

namespace Reporting.Documents.Delivery;

/// <summary>
/// The dashboard digest: the tiles as a table (value, target, status, change, n), the accounts at
/// risk, the period and filters, a link to the live dashboard; the dashboard's PDF goes beside it.
/// </summary>
public static class DigestMail
{
    public static readonly IReadOnlyList<string> TileHeaders = ["KPI", "Value", "Target", "Status", "Change", "Previous", "n"];

    public static ComposedMail Compose(string subscription, DashboardSnapshot snapshot, string recipient, Uri live, Uri unsubscribe)
    {
        var view = snapshot.View;
        var subject = MailText.Clean($"{subscription}: {view.Title}, {snapshot.Period}");
        var filters = snapshot.FilterText.Length == 0 ? "" : $" Filters: {snapshot.FilterText}.";
        var atRisk = snapshot.AtRisk;
        var (html, text) = new MailBody(subject)
            .Heading($"{view.Title}, {snapshot.Period}")
            .Paragraph($"The {view.Title} dashboard for {snapshot.Period}, as {recipient} sees it.{filters}")
            .Table($"Key figures, {snapshot.Period}", "tiles", TileHeaders, view.Tiles.Select(Row))
            .Paragraph($"{atRisk.AtRisk} of {atRisk.Scored} accounts have a health score below 70 as of {atRisk.AsOf}; revenue at risk (their ARR renewing within the horizon): {atRisk.RevenueAtRisk}.")
            .Table("Accounts at risk", "at-risk", atRisk.Table.Headers, atRisk.Table.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Text).ToList()))
            .Link("Open the live dashboard", live)
            .Paragraph("The dashboard as PDF is attached.")
            .Finish($"You receive this as {recipient} through the subscription \"{subscription}\".", unsubscribe);
        return new ComposedMail(subject, html, text);
    }

    private static IReadOnlyList<string> Row(Dashboards.TileView tile) =>
    [
        tile.Title,
        tile.Display,
        tile.Target ?? "—",
        tile.Target is null ? "—" : tile.Status,
        $"{tile.ChangeDisplay} ({tile.ChangeLabel})",
        $"{tile.PreviousDisplay} ({tile.PreviousRange})",
        tile.N.ToString("N0", CultureInfo.GetCultureInfo("en-US")) + (tile.LowSample ? " (low sample)" : ""),
    ];
}
