namespace Reporting.Seed.Model;

internal enum Segment
{
    Smb,
    MidMarket,
    Enterprise,
}

/// <summary>Support tiers; the names are the schema's values.</summary>
internal enum Tier
{
    Standard,
    Premium,
    Platinum,
}
