using System.Security.Claims;
using Reporting.Core.Access;
using Reporting.Core.Delivery;
using Reporting.Web.SignIn;

namespace Reporting.Web.Delivery;

/// <summary>
/// Who sees and changes which subscription, for the API and the pages alike: admins and leaders every
/// one; other members those they created or receive (as a member or by address). Only admins, leaders
/// and the creator change one, and never a viewer: a subscription mails PDFs, an export. A subscription someone may not see is, to them, one that does not exist.
/// </summary>
public static class SubscriptionAccess
{
    public static bool SeesAll(this ClaimsPrincipal user) => user.Role() is TeamRole.Admin or TeamRole.Leader;

    public static bool MaySee(this ClaimsPrincipal user, Subscription subscription) =>
        user.MayManage(subscription) || subscription.Recipients.Any(r => r.Kind != RecipientKind.ContactRole && Same(r.Value, user.Email()));

    public static bool MayManage(this ClaimsPrincipal user, Subscription subscription) =>
        user.IsTeamMember() && user.MayExport() && (user.SeesAll() || Same(subscription.CreatedBy, user.Email()));

    public static IReadOnlyList<Subscription> Visible(this ClaimsPrincipal user, SubscriptionStore store) =>
        user.IsTeamMember() ? store.List().Where(user.MaySee).ToList() : [];

    private static bool Same(string a, string? b) => b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
