namespace Reporting.Core.Access;

/// <summary>
/// What a team member may do. Admin: everything (data, ingest, embed settings and minting, users,
/// audit). Leader: every account, read. CSM: their own accounts and their reports'. Viewer: every
/// account's dashboards, without verbatims or exports.
/// </summary>
public enum TeamRole
{
    Admin,
    Leader,
    Csm,
    Viewer,
}

public static class TeamRoles
{
    /// <summary>The role's name in files, settings and claims: admin, leader, csm, viewer.</summary>
    public static string Name(this TeamRole role) => role.ToString().ToLowerInvariant();

    public static TeamRole? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "admin" => TeamRole.Admin,
        "leader" => TeamRole.Leader,
        "csm" => TeamRole.Csm,
        "viewer" => TeamRole.Viewer,
        _ => null,
    };

    /// <summary>Whether the role reads every account (all but CSMs, who read their book).</summary>
    public static bool SeesEveryAccount(this TeamRole role) => role != TeamRole.Csm;
}
