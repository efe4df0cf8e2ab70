namespace Reporting.Seed.Stories;

/// <summary>How an account's support experience looks in one month.</summary>
/// <param name="Volume">Multiplier on the segment's usual ticket count.</param>
/// <param name="HandoffMean">Mean extra assignees per ticket (Poisson).</param>
/// <param name="ReopenChance">Chance that a solved ticket was reopened.</param>
/// <param name="GroupChangeChance">Chance that a handoff also moved the ticket to another group.</param>
/// <param name="ResponseFactor">Multiplier on first-response and resolution times.</param>
/// <param name="Incidents">0..1: how much the mix leans to outages, bugs and urgent priorities.</param>
internal readonly record struct SupportConditions(
    double Volume, double HandoffMean, double ReopenChance, double GroupChangeChance, double ResponseFactor, double Incidents);

/// <summary>The support side of each story (sentiment-recovery playbook: handoffs, reopens, SLA).</summary>
internal static class SupportEffects
{
    private static readonly SupportConditions Baseline = new(1.0, 0.35, 0.07, 0.35, 1.0, 0.0);

    public static SupportConditions For(AccountStory story, int month) => story.Archetype switch
    {
        AccountArchetype.Healthy or AccountArchetype.PassiveDrift => Baseline,
        AccountArchetype.DeathByHandoffs => HandoffsPileUp(story.Decline(month)),
        // Disengaged customers stop asking for help too: fewer tickets, same service.
        AccountArchetype.SilentDisengage => Baseline with { Volume = 1.0 - (0.4 * story.Decline(month)) },
        AccountArchetype.Recovering => IncidentSpell(story.Dip(month), story.Recovery(month)),
        _ => throw new ArgumentOutOfRangeException(nameof(story), story.Archetype, "Unknown archetype."),
    };

    // "I had to explain my issue to five different people": more hands, more reopens, more repeat contacts.
    private static SupportConditions HandoffsPileUp(double decline) => Baseline with
    {
        Volume = 1.0 + (0.3 * decline),
        HandoffMean = 0.35 + (2.2 * decline),
        ReopenChance = 0.07 + (0.30 * decline),
        GroupChangeChance = 0.35 + (0.35 * decline),
        ResponseFactor = 1.0 + (0.3 * decline),
    };

    // A spell of incidents slows everything down; afterwards the protected priority queues answer faster.
    private static SupportConditions IncidentSpell(double dip, double recovery) => Baseline with
    {
        Volume = 1.0 + dip,
        HandoffMean = 0.35 + (0.3 * dip),
        ReopenChance = 0.07 + (0.08 * dip),
        ResponseFactor = (1.0 + (1.5 * dip)) * (1.0 - (0.3 * recovery)),
        Incidents = dip,
    };
}
