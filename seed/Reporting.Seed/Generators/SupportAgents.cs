using Bogus;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>The help desk's agents per group, named once per run from their own random stream.</summary>
internal sealed class SupportAgents
{
    private readonly Dictionary<string, string[]> agentsByGroup = new(StringComparer.Ordinal);

    public SupportAgents(RandomStreams streams, Faker faker)
    {
        faker.Random = streams.For("agents");
        foreach (var (group, count) in TicketCatalog.Groups)
        {
            agentsByGroup[group] = [.. Enumerable.Range(0, count).Select(_ => $"{faker.Name.FirstName()} {faker.Name.LastName()[0]}.")];
        }
    }

    public string Pick(Randomizer random, string group) => random.Pick(agentsByGroup[group]);
}
