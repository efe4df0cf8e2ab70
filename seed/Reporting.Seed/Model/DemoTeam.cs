namespace Reporting.Seed.Model;

/// <summary>
/// The demo's team (load kind team), fixed like the rest of the seed: one admin, two leaders, the
/// CSMs the accounts name (each reporting to a leader; Priya Raman also manages Kenji Sato, so a CSM
/// with a book of reports exists), one viewer. Accounts name their CSM by the member's name.
/// </summary>
internal static class DemoTeam
{
    private const string Domain = "cs.example.com";

    private static readonly string AdminEmail = Email("Robin Hale");
    private static readonly string NorthLeader = Email("Nadia Kowalski");
    private static readonly string SouthLeader = Email("Marcus Reed");

    /// <summary>The CSMs in the order accounts pick them from (the order is part of the seed's output).</summary>
    public static IReadOnlyList<TeamMemberRow> Csms { get; } =
    [
        Csm("Alex Morgan", NorthLeader),
        Csm("Priya Raman", NorthLeader),
        Csm("Jonas Becker", NorthLeader),
        Csm("Maria Santos", NorthLeader),
        Csm("Kenji Sato", Email("Priya Raman")),
        Csm("Chloe Dubois", SouthLeader),
        Csm("Sam Okafor", SouthLeader),
        Csm("Elena Petrova", SouthLeader),
    ];

    public static IReadOnlyList<TeamMemberRow> Members { get; } =
    [
        new(AdminEmail, "Robin Hale", "admin", null),
        new(NorthLeader, "Nadia Kowalski", "leader", null),
        new(SouthLeader, "Marcus Reed", "leader", null),
        .. Csms,
        new(Email("Theo Park"), "Theo Park", "viewer", null),
    ];

    public static string[] CsmNames { get; } = Csms.Select(c => c.Name).ToArray();

    private static TeamMemberRow Csm(string name, string manager) => new(Email(name), name, "csm", manager);

    /// <summary>"Alex Morgan" → alex.morgan@cs.example.com (lower-case, as the team table keeps e-mails).</summary>
    private static string Email(string name) => $"{name.ToLowerInvariant().Replace(' ', '.')}@{Domain}";
}
