namespace Reporting.Core.Access;

/// <summary>
/// One line of the audit log: who (a team member's e-mail, an API key's name, or "anonymous"), did
/// what (<see cref="AuditActions"/>) to what, when, from where (the client's address), and how it ended.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset OccurredAt, string Actor, string Action, string? Target, string? Origin, string Outcome, string? Detail = null);

/// <summary>The audit log's actions, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string ExportCsv = "export-csv";
    public const string ExportPdf = "export-pdf";
    public const string EmbedMint = "embed-mint";
    public const string Load = "load";
    public const string UserChange = "user-change";
}
