using Reporting.Core.Ingest.Staging;

namespace Reporting.Core.Ingest.Layouts;

/// <summary>
/// The team (README "The team"): who signs in, with which role, and who reports to whom. A team file
/// is the whole team: members it lacks are removed, with their passwords; members it keeps keep
/// theirs. E-mails are the key, trimmed and lower-case, so two spellings of one address are one
/// member (and a duplicate). A manager must be a member of the same file, never the member itself.
/// </summary>
internal static class TeamLayout
{
    /// <summary>
    /// Members whom their chain of managers leads back to (a loop of two or more; managing oneself
    /// has its own rule). UNION keeps each (member, manager reached) pair once, so every walk ends.
    /// </summary>
    private const string InALoop = $"""
        WITH RECURSIVE chain(origin_email, reached_email) AS (
            SELECT email, manager_email FROM {StagingArea.Typed} WHERE email IS NOT NULL AND manager_email IS NOT NULL AND manager_email <> email
            UNION
            SELECT c.origin_email, m.manager_email FROM chain c JOIN {StagingArea.Typed} m ON m.email = c.reached_email
            WHERE m.manager_email IS NOT NULL)
        SELECT origin_email FROM chain WHERE reached_email = origin_email
        """;

    public static KindLayout Layout { get; } = new(FactKind.Team, "dim_team_member", ["email"],
    [
        new("email", FieldType.Email, Required: true),
        new("name", FieldType.Text, Required: true),
        new FieldSpec("role", FieldType.Text, Required: true).OneOf(["admin", "leader", "csm", "viewer"]),
        new("manager_email", FieldType.Email),
    ])
    {
        Rules =
        [
            new("manager_email", "manager_email = email", "a member cannot be their own manager"),
            new("manager_email", $"manager_email IS NOT NULL AND manager_email NOT IN (SELECT m.email FROM {StagingArea.Typed} m WHERE m.email IS NOT NULL)",
                "names no member of the team (a manager must be a row of the file too)"),
            new("manager_email", $"manager_email <> email AND email IN ({InALoop})", "makes a loop of managers: following them leads back to this member"),
        ],
        IsWholeTable = true,
        KeyedAlike = ["team_credential"],
    };
}
