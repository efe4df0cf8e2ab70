using Reporting.Core.Access;

namespace Reporting.Core.Delivery;

/// <summary>
/// Turns a subscription's recipient lines into addresses, each with the scope it reads in: a team
/// member their own (TeamDirectory.ScopeOf; a pack of an account outside it is not sent to them); an
/// account's contacts of a role and a bare address exactly the pack's account. Addresses that
/// unsubscribed are left out; each address appears once (the first line naming it wins).
/// </summary>
public sealed class RecipientResolver(DeliveryFacts facts, TeamDirectory team)
{
    public IReadOnlyList<ResolvedRecipient> For(Subscription subscription, string? accountId, IReadOnlySet<string> unsubscribed)
    {
        var members = team.Members();
        var resolved = new List<ResolvedRecipient>();
        foreach (var recipient in subscription.Recipients)
        {
            resolved.AddRange(recipient.Kind switch
            {
                RecipientKind.Member => Member(recipient.Value, accountId, members),
                RecipientKind.ContactRole when accountId is not null => facts.ContactEmails(accountId, recipient.Value)
                    .Select(e => new ResolvedRecipient(e, AccessScope.ForAccounts([accountId]))),
                RecipientKind.Address when accountId is not null => [new ResolvedRecipient(recipient.Value.Trim().ToLowerInvariant(), AccessScope.ForAccounts([accountId]))],
                _ => [],
            });
        }
        return resolved.Where(r => !unsubscribed.Contains(r.Email)).DistinctBy(r => r.Email).ToList();
    }

    /// <summary>The scope a ledger row's recipient reads in, found again from the subscription (a run resuming a pending row).</summary>
    public ResolvedRecipient? Find(Subscription subscription, string email, string? accountId) =>
        For(subscription, accountId, new HashSet<string>()).FirstOrDefault(r => r.Email == email);

    private IEnumerable<ResolvedRecipient> Member(string email, string? accountId, IReadOnlyList<TeamMember> members)
    {
        if (TeamDirectory.Find(email, members) is not { } member)
        {
            yield break;
        }
        var scope = TeamDirectory.ScopeOf(member, members);
        if (accountId is null || facts.Sees(scope, accountId))
        {
            yield return new ResolvedRecipient(member.Email.ToLowerInvariant(), scope);
        }
    }
}
