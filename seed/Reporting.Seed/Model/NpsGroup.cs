namespace Reporting.Seed.Model;

/// <summary>NPS groups: promoter 9–10, passive 7–8, detractor 0–6.</summary>
internal enum NpsGroup
{
    Promoter,
    Passive,
    Detractor,
}

internal static class NpsGroups
{
    public static NpsGroup Of(int score) => score >= 9 ? NpsGroup.Promoter : score >= 7 ? NpsGroup.Passive : NpsGroup.Detractor;
}
