using Reporting.Documents.Ebr;

namespace Reporting.Documents.Delivery;

/// <summary>
/// The EBR pack's mail: the account, the period and the pack's own headline KPIs (read from the very
/// document the attached PDF was printed from, so the mail and the pack cannot disagree), a link to
/// the account's live page; the pack's PDF goes beside it.
/// </summary>
public static class PackMail
{
    public static readonly IReadOnlyList<string> Headers = ["KPI", "Value", "Target", "Status", "Change"];

    public static ComposedMail Compose(string subscription, EbrPdf pack, string recipient, Uri live, Uri unsubscribe)
    {
        var document = pack.Document;
        var content = document.Content;
        var period = EbrText.Period(content.Period);
        var subject = MailText.Clean($"{subscription}: {content.Account.Name}, {content.Pack.Title}, {period}");
        var health = content.Summary.Health.Score is { } score ? $"{score:N0} of 100" : "no score yet";
        var (html, text) = new MailBody(subject)
            .Heading($"{content.Account.Name}: {content.Pack.Title}")
            .Paragraph($"{content.Account.Name} ({content.Account.Id}), {period}, against the {EbrText.Period(content.PreviousPeriod)} period before it. Account health: {health}.")
            .Table($"Headline KPIs, {period}", "headline", Headers, content.Summary.Tiles.Select(tile => (IReadOnlyList<string>)
            [
                document.Titles[tile.Kpi.Id],
                EbrText.Value(tile.Current, tile.Kpi),
                tile.Kpi.Target is { } target ? EbrText.Value(target, tile.Kpi) : "—",
                tile.Kpi.Target is null ? "—" : EbrText.Status(tile.Status),
                EbrText.Change(tile),
            ]))
            .Paragraph($"The full review is attached as {pack.FileName}.")
            .Link("Open the account's live page", live)
            .Finish($"You receive this as {recipient} through the subscription \"{subscription}\".", unsubscribe);
        return new ComposedMail(subject, html, text);
    }
}
