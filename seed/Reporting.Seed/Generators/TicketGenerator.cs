using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>Generates fact_ticket: volume, routing, handoffs, reopens and timings shaped by the account's story.</summary>
internal sealed class TicketGenerator(SeedWindow window, RandomStreams streams, SupportAgents agents)
{
    private static readonly (ContactRole, double)[] RequesterRoles =
        [(ContactRole.User, 0.45), (ContactRole.Admin, 0.35), (ContactRole.Champion, 0.15), (ContactRole.Executive, 0.05)];

    public IReadOnlyList<TicketRow> Generate(SeedAccount account)
    {
        var profile = account.Profile;
        var random = streams.For("tickets", profile.Number);
        var tickets = new List<TicketRow>();
        for (var month = profile.FirstMonth; month < window.Months; month++)
        {
            var conditions = SupportEffects.For(profile.Story, month);
            var count = random.Poisson(profile.Traits.TicketsPerMonth * conditions.Volume);
            // Numbered in creation order, like a help desk would.
            var created = Enumerable.Range(0, count).Select(_ => CreatedAt(random, month)).Order().ToList();
            foreach (var at in created)
            {
                tickets.Add(Ticket(account, tickets.Count + 1, at, conditions, random));
            }
        }
        return tickets;
    }

    private TicketRow Ticket(SeedAccount account, int n, DateTime created, SupportConditions conditions, Randomizer random)
    {
        var profile = account.Profile;
        var priority = random.PickWeighted(TicketCatalog.Priorities(conditions.Incidents));
        var category = random.PickWeighted(TicketCatalog.Categories(conditions.Incidents));
        var handoffs = random.Poisson(conditions.HandoffMean);
        var groupMoves = Enumerable.Range(0, handoffs).Count(_ => random.Chance(conditions.GroupChangeChance));
        var reopens = random.Chance(conditions.ReopenChance + (0.03 * handoffs)) ? (random.Chance(0.25) ? 2 : 1) : 0;
        var route = TicketCatalog.Route(category);
        var group = groupMoves % 2 == 0 ? route.First : route.Escalation;
        var firstResponse = created.AddMinutes(TicketTimings.FirstResponseMinutes(random, priority, profile.Tier, conditions.ResponseFactor));
        var resolution = TicketTimings.ResolutionHours(random, priority, profile.Tier, conditions.ResponseFactor, handoffs, reopens);
        var solved = Later(created.AddHours(resolution), firstResponse.AddMinutes(10));
        var ticket = new TicketRow(
            SeedIds.Ticket(profile.Number, n), profile.Id, Requester(account, random), priority,
            random.PickWeighted(TicketCatalog.Channels(priority)), category, group, agents.Pick(random, group),
            created, SeedClock.WholeSeconds(firstResponse), SeedClock.WholeSeconds(solved),
            "solved", reopens, 1 + handoffs, 1 + groupMoves,
            TicketTimings.TargetMinutes(priority));
        return AsOfWindowEnd(ticket, random);
    }

    /// <summary>
    /// What the help desk shows at the end of the window: tickets not yet answered are new and
    /// unassigned, tickets not yet solved are open, pending or on hold; solved tickets close after four days.
    /// </summary>
    private TicketRow AsOfWindowEnd(TicketRow ticket, Randomizer random)
    {
        if (ticket.FirstResponseAt >= window.End)
        {
            return ticket with
            {
                FirstResponseAt = null, SolvedAt = null, Status = "new", Assignee = null,
                Reopens = 0, AssigneeStations = 0, GroupStations = 1,
            };
        }
        if (ticket.SolvedAt >= window.End)
        {
            return ticket with { SolvedAt = null, Status = random.PickWeighted(TicketCatalog.UnsolvedStatuses), Reopens = 0 };
        }
        return ticket with { Status = ticket.SolvedAt < window.End.AddDays(-4) ? "closed" : "solved" };
    }

    private string? Requester(SeedAccount account, Randomizer random)
    {
        var role = random.PickWeighted(RequesterRoles);
        var candidates = account.Contacts.Where(c => c.Role == role).ToList();
        return candidates.Count > 0 ? random.Pick(candidates).ContactId : random.Pick(account.Contacts).ContactId;
    }

    /// <summary>Mostly office hours on any day of the month; a quarter of tickets arrive outside them.</summary>
    private DateTime CreatedAt(Randomizer random, int month)
    {
        var start = window.MonthStart(month);
        var day = start.AddDays(random.Int(0, DateTime.DaysInMonth(start.Year, start.Month) - 1));
        var hours = random.Chance(0.75) ? random.Uniform(8, 18) : random.Uniform(0, 24);
        return SeedClock.WholeSeconds(day.AddHours(hours));
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
