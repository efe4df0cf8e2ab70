namespace Reporting.Web.Ebr;

/// <summary>
/// Who may download an account's pack: the one place the endpoint asks. Today the pack is as open
/// as the dashboards (anyone who reaches the server). Embed tokens (issue 6) extend this: a valid
/// token whose resource is <see cref="Resource"/> of the account may download it too.
/// </summary>
public static class EbrAccess
{
    /// <summary>The resource an embed token names to allow this account's pack: "ebr:ACC-0001".</summary>
    public static string Resource(string accountId) => $"ebr:{accountId}";

    public static bool Allows(HttpContext context, string accountId) => true;
}
