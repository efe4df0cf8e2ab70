using System.Data.Common;
using Bogus;
using Reporting.DuckDb;
using Reporting.Seed.Generators;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Writing;

namespace Reporting.Seed;

/// <summary>
/// The stages in order; later stages read what earlier ones kept in memory (contacts for tickets,
/// tickets for post-support surveys, NPS answers for detractor cases). Everything runs on one thread
/// over one connection, so the row order, and thus every id, is the same on every run.
/// </summary>
internal sealed class SeedPipeline
{
    private readonly SeedOptions options;
    private readonly SeedWindow window;
    private readonly RandomStreams streams;
    private readonly StageRunner runner;

    // One Faker, re-seeded per account: building one is slow, re-seeding one is cheap. A fixed locale
    // keeps names stable whatever the machine's culture.
    private readonly Faker faker = new("en");

    public SeedPipeline(DbConnection connection, SeedOptions options, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        this.options = options;
        window = SeedWindow.From(options);
        streams = new RandomStreams(options.Seed);
        runner = new StageRunner(connection, progress, cancellationToken);
    }

    public IReadOnlyDictionary<string, long> Run()
    {
        // The team first: accounts name their CSMs from it.
        runner.Run<TeamMemberRow, TeamMemberRow>("team", "dim_team_member", DemoTeam.Members, m => [m], RowAppenders.TeamMember);
        var profiles = new AccountGenerator(options, window, streams, faker).Generate();
        var accounts = profiles.Select(p => new SeedAccount(p)).ToList();
        runner.Run<AccountProfile, AccountProfile>("accounts", "dim_account", profiles, p => [p], RowAppenders.Account);

        var contacts = new ContactGenerator(streams, faker);
        runner.Run("contacts", "dim_contact", accounts, a => Keep(a.Contacts, contacts.Generate(a.Profile)), RowAppenders.Contact);

        var tickets = new TicketGenerator(window, streams, new SupportAgents(streams, faker));
        runner.Run("tickets", "fact_ticket", accounts, a => Keep(a.Tickets, tickets.Generate(a)), RowAppenders.Ticket);

        var surveys = new SurveyGenerator(window, streams);
        runner.Run("surveys", "fact_survey_response", accounts, surveys.Generate, RowAppenders.SurveyResponse);

        var engagement = new EngagementGenerator(window, streams);
        runner.Run("engagement", "fact_engagement", profiles, engagement.Generate, RowAppenders.Engagement);

        var meetings = new MeetingGenerator(window, streams);
        runner.Run("meetings", "fact_meeting", profiles, meetings.Generate, RowAppenders.Meeting);

        // The survey stage opened the cases and recorded the program's sends while it walked each account's NPS timeline.
        runner.Run("cases", "fact_detractor_case", accounts, a => a.Cases, RowAppenders.DetractorCase);
        runner.Run("sends", "fact_survey_send", accounts, a => a.Sends, RowAppenders.SurveySend);

        var requests = new FeatureRequestGenerator(window, streams);
        runner.Run("requests", "fact_feature_request", accounts, requests.Generate, RowAppenders.FeatureRequest);

        var revenue = new RevenueGenerator(window, streams);
        runner.Run("revenue", "fact_revenue_movement", profiles, revenue.Generate, RowAppenders.RevenueMovement);
        return runner.RowsPerTable;
    }

    private static IReadOnlyList<T> Keep<T>(List<T> store, IReadOnlyList<T> rows)
    {
        store.AddRange(rows);
        return rows;
    }
}
