using Reporting.Seed.Stories;

namespace Reporting.Seed.Model;

/// <summary>A generated account: its dim_account row plus what the fact generators need to know.</summary>
/// <param name="FirstMonth">The first whole month of activity (0 unless onboarded inside the window).</param>
/// <param name="Warmth">The account's own NPS level, added to its story's promoter share.</param>
internal sealed record AccountProfile(
    int Number,
    string Id,
    string Name,
    Segment Segment,
    string Region,
    string Industry,
    Tier Tier,
    decimal Arr,
    decimal Clv,
    int Seats,
    string Csm,
    DateOnly OnboardedOn,
    DateOnly RenewalOn,
    AccountStory Story,
    int FirstMonth,
    double Warmth)
{
    public SegmentTraits Traits => SegmentTraits.For(Segment);
}
