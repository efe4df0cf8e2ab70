using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Ingest;

/// <summary>
/// Signs a request in as an API key when it sends X-Api-Key: the key's name is the caller, its scopes
/// are claims the policies read. A key that is not configured is a 401, a key without the scope a 403,
/// both as ProblemDetails.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].ToString();
        if (presented.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (keys.Find(presented) is not { } key)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one configured."));
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), .. key.Scopes.Select(s => new Claim(ApiKeyScopes.Claim, s))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: $"Send a key configured in Reporting:ApiKeys or Reporting:Auth:ApiKeys in the {Header} header.").ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not within the API key's scopes",
            detail: $"The key's scopes ({string.Join(", ", Context.User.FindAll(ApiKeyScopes.Claim).Select(c => c.Value))}) do not include this request.").ExecuteAsync(Context);
}
