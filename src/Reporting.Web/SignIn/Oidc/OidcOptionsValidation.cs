using Microsoft.Extensions.Options;
using Reporting.Core.Access;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// Checks the OIDC settings at start-up, each failure naming its setting, so that a wrong Authority
/// stops the server at once rather than failing the first person who signs in.
/// </summary>
public sealed class OidcOptionsValidation : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        if (AuthorityProblem(options.Authority!) is { } problem)
        {
            failures.Add($"{OidcOptions.Section}:Authority {problem}; it is '{options.Authority}'.");
        }
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{OidcOptions.Section}:ClientId is required when {OidcOptions.Section}:Authority is set.");
        }
        if (string.IsNullOrWhiteSpace(options.EmailClaim))
        {
            failures.Add($"{OidcOptions.Section}:EmailClaim must name a claim (e.g. email).");
        }
        foreach (var role in options.RoleGroups.Keys.Where(r => TeamRoles.Parse(r) is null))
        {
            failures.Add($"{OidcOptions.Section}:RoleGroups:{role} is not a role: use admin, leader, csm or viewer.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// An absolute https URL; plain http only on the loopback (a provider on the same machine, as in
    /// the tests), where nothing crosses a network.
    /// </summary>
    public static string? AuthorityProblem(string authority)
    {
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "must be an absolute https URL such as https://login.example.com/realms/cs";
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            return "must use https (plain http is accepted only for a provider on the loopback)";
        }
        return !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            ? "must not carry a query or fragment"
            : null;
    }
}
