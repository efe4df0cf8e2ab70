using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates fact_feature_request: themes lean to what the segment needs (enterprises ask for SSO,
/// audit logs and data residency), and passive-drift accounts ask more, since "fine, nothing special"
/// customers are waiting for something.
/// </summary>
internal sealed class FeatureRequestGenerator(SeedWindow window, RandomStreams streams)
{
    private static readonly (ContactRole, double)[] Requesters =
        [(ContactRole.Champion, 0.35), (ContactRole.Admin, 0.30), (ContactRole.User, 0.25), (ContactRole.Executive, 0.10)];

    public IReadOnlyList<FeatureRequestRow> Generate(SeedAccount account)
    {
        var profile = account.Profile;
        var random = streams.For("requests", profile.Number);
        var ids = new IdSequence(n => SeedIds.Request(profile.Number, n));
        var rate = profile.Traits.RequestsPerMonth * (profile.Story.Archetype == AccountArchetype.PassiveDrift ? 1.6 : 1.0);
        var requests = new List<FeatureRequestRow>();
        for (var month = profile.FirstMonth; month < window.Months; month++)
        {
            var count = random.Poisson(rate);
            for (var i = 0; i < count; i++)
            {
                var at = random.Between(window.MonthStart(month), window.MonthEnd(month));
                requests.Add(new FeatureRequestRow(ids.Next(), profile.Id, Requester(account, random), random.PickWeighted(Themes(profile.Segment)), at));
            }
        }
        return requests;
    }

    private static string? Requester(SeedAccount account, Randomizer random)
    {
        var role = random.PickWeighted(Requesters);
        var candidates = account.Contacts.Where(c => c.Role == role).ToList();
        return candidates.Count > 0 ? random.Pick(candidates).ContactId : null;
    }

    private static (string, double)[] Themes(Segment segment)
    {
        var enterprise = segment == Segment.Enterprise ? 1.0 : 0.0;
        var small = segment == Segment.Smb ? 1.0 : 0.0;
        return
        [
            ("SSO / SAML", 1 + (3 * enterprise)), ("Audit log", 0.5 + (2.5 * enterprise)),
            ("EU data residency", 0.3 + (2 * enterprise)), ("Role-based access", 1 + enterprise),
            ("Custom dashboards", 3), ("Advanced reporting", 2.5), ("Bulk export", 2),
            ("Salesforce integration", 2), ("Slack alerts", 1.5 + small), ("Workflow automation", 2),
            ("Mobile app", 1 + small), ("API rate limits", 1),
        ];
    }
}
