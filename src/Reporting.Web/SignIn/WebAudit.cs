using Reporting.Core.Access;

namespace Reporting.Web.SignIn;

/// <summary>
/// Writes the audit log for a request: the actor is the signed-in member's e-mail or the API key's
/// name ("anonymous" otherwise), the origin the client's address. Never a password or a token.
/// </summary>
public sealed class WebAudit(AuditLog log, TimeProvider clock)
{
    /// <summary>The longest actor kept: longer typed e-mails are cut (no e-mail is longer).</summary>
    public const int MaxActorLength = 254;

    public void Record(HttpContext context, string action, string? target, string outcome = "ok", string? detail = null, string? actor = null)
    {
        // The log holds no account's rows: written unrestricted, a scoped request skips building its views.
        using (AccessScope.Enter(AccessScope.All))
        {
            log.Record(new AuditEntry(clock.GetUtcNow(), Actor(actor ?? Caller(context)), action, target,
                context.Connection.RemoteIpAddress?.ToString(), outcome, detail));
        }
    }

    private static string Caller(HttpContext context) =>
        context.User.Email() ?? (context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null) ?? "anonymous";

    private static string Actor(string actor)
    {
        var trimmed = actor.Trim();
        return trimmed.Length == 0 ? "anonymous" : trimmed[..Math.Min(trimmed.Length, MaxActorLength)];
    }
}
