namespace Reporting.Seed.Comments;

/// <summary>
/// English verbatims per theme, written so the theme dictionary's word stems (chase, wait, hand off,
/// not resolved, outage, invoice, onboarding, bug, price, discount/renew, thanks) find them.
/// "{n}" becomes a small number.
/// </summary>
internal static class CommentTemplates
{
    public static IReadOnlyDictionary<CommentTheme, string[]> English { get; } = new Dictionary<CommentTheme, string[]>
    {
        [CommentTheme.Chasing] =
        [
            "I had to chase your team {n} times for an update.",
            "We keep chasing support for answers instead of getting them proactively.",
            "Chasing people for status updates should not be our job.",
            "Had to follow up again and again. Constant chasing.",
        ],
        [CommentTheme.Waiting] =
        [
            "Waiting {n} days for a first reply is too long.",
            "We spent most of the week waiting on support.",
            "Long wait times on every ticket, even the urgent ones.",
        ],
        [CommentTheme.Handoffs] =
        [
            "I had to explain my issue to {n} different people.",
            "Our ticket was handed off between teams over and over.",
            "Every handoff meant starting from scratch. Nobody owns the problem.",
            "Transferred from one agent to the next, {n} handoffs for one question.",
        ],
        [CommentTheme.NotResolved] =
        [
            "Tickets get closed but the issue is not resolved.",
            "Answered, not resolved: the same problem came back a week later.",
            "We reopened the same case {n} times and it is still not fixed.",
        ],
        [CommentTheme.Outage] =
        [
            "The outage last week stopped our whole team.",
            "Too many outages this quarter; the platform was down during our month-end close.",
            "Downtime again. Reliability is our biggest concern right now.",
        ],
        [CommentTheme.Billing] =
        [
            "Our invoice was wrong again and billing took weeks to correct it.",
            "Billing is confusing; we were charged for seats we do not use.",
        ],
        [CommentTheme.Onboarding] =
        [
            "Onboarding took far longer than promised.",
            "The onboarding for new users is confusing.",
            "Setup and onboarding needed more guidance from your side.",
        ],
        [CommentTheme.Bug] =
        [
            "A bug in the export keeps breaking our reports.",
            "Too many bugs after each release.",
            "The same error shows up in the dashboard every week.",
        ],
        [CommentTheme.Price] =
        [
            "Good product, but the price is hard to justify.",
            "It is getting expensive for what we actually use.",
            "Fine overall, nothing special for the price.",
        ],
        [CommentTheme.RenewalThreat] =
        [
            "Unless we get a discount we will not renew.",
            "We are evaluating competitors before the renewal.",
            "Considering cancelling at renewal if nothing changes.",
        ],
        [CommentTheme.Praise] =
        [
            "Great product and a very helpful team.",
            "Support was fast and friendly, thank you!",
            "Our CSM is excellent and the dashboards save us hours every week.",
            "Thanks for following up so quickly, things are much better now.",
        ],
    };
}
