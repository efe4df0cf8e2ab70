namespace Reporting.Core.Accounts;

/// <summary>What the health, signals and plans say about an account besides its numbers (dim_account).</summary>
public sealed record AccountCard(
    string Id,
    string Name,
    string Segment,
    string? Tier,
    string? Csm,
    decimal? Arr,
    decimal? Clv,
    DateOnly? RenewalOn)
{
    public string? Region { get; init; }

    public string? Industry { get; init; }

    public int? Seats { get; init; }

    public DateOnly? OnboardedOn { get; init; }
}
