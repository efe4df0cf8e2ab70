using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Reporting.Core.Access;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// Turns the provider's answer into a team member's session. It runs once the ticket is complete
/// (the ID token validated and, where the provider has one, its userinfo read), because providers put
/// the e-mail and groups in either. A member gets <see cref="TeamClaims.Principal"/> and nothing of
/// the provider's claims; anyone else gets the not-a-member page and no session at all.
/// </summary>
public sealed partial class OidcTeamSignIn(
    TeamDirectory team, AuditLog audit, IDataProtectionProvider protection, IOptions<OidcOptions> options, TimeProvider clock, ILogger<OidcTeamSignIn> logger)
{
    public const string Method = "oidc";

    public Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var settings = options.Value;
        var provided = context.Principal!;
        var email = provided.FindFirstValue(settings.EmailClaim)?.Trim();
        // An e-mail the provider says it has not verified could be anyone's: it names nobody.
        var unverified = string.Equals(provided.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase);
        var member = string.IsNullOrEmpty(email) || unverified ? null : team.Find(email);
        if (member is null)
        {
            Record(context.HttpContext, email, AuditActions.SignInFailed, unverified ? "e-mail not verified" : "not a team member");
            LogNotAMember(string.IsNullOrEmpty(email) ? "(no e-mail claim)" : email);
            var notice = new NotAMemberNotice(string.IsNullOrEmpty(email) ? null : email, unverified);
            context.Response.Redirect(OidcPaths.NotAMember + "?who=" + Uri.EscapeDataString(notice.Protect(protection)));
            context.HandleResponse();
            return Task.CompletedTask;
        }
        var role = OidcRoleMapping.RoleOf(member, provided.FindAll(settings.GroupsClaim).Select(c => c.Value), settings.RoleGroups);
        context.Principal = TeamClaims.Principal(member, role, Method);
        Record(context.HttpContext, member.Email, AuditActions.SignIn, $"as {role.Name()}");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A sign-in the provider refused or the user cancelled, or a callback that cannot be checked
    /// (no correlation cookie, a replayed code): a page that says so, never an error page.
    /// </summary>
    public Task RemoteFailureAsync(RemoteFailureContext context)
    {
        LogFailed(context.Failure?.Message ?? "unknown");
        Record(context.HttpContext, null, AuditActions.SignInFailed, "provider sign-in did not complete");
        context.Response.Redirect(OidcPaths.Failed);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private void Record(HttpContext http, string? email, string action, string detail) =>
        audit.Record(new AuditEntry(
            clock.GetUtcNow(), string.IsNullOrEmpty(email) ? "anonymous" : email, action, null,
            http.Connection.RemoteIpAddress?.ToString(), action == AuditActions.SignIn ? "ok" : "refused", $"{Method}: {detail}"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "OIDC sign-in refused: {Email} is not a team member")]
    private partial void LogNotAMember(string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OIDC sign-in did not complete: {Reason}")]
    private partial void LogFailed(string reason);
}
