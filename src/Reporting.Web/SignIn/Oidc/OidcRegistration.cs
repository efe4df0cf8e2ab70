using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reporting.Core.Access;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// Sign-in through an OpenID provider when <c>Reporting:Auth:Oidc:Authority</c> is set: the
/// authorization code flow with PKCE, signing into the site's cookie session as the team member
/// whose e-mail the provider vouches for (<see cref="OidcTeamSignIn"/>).
/// </summary>
public static class OidcRegistration
{
    public static AuthenticationBuilder AddReportingOidc(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var services = authentication.Services;
        services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OidcOptions>, OidcOptionsValidation>();
        if (!OidcOptions.IsConfigured(configuration))
        {
            return authentication;
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamDirectory>();
        services.TryAddSingleton<AuditLog>();
        services.AddSingleton<OidcTeamSignIn>();
        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<OidcOptions>>((oidc, settings) => Configure(oidc, settings.Value));
        return authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, "Your organisation", _ => { });
    }

    private static void Configure(OpenIdConnectOptions oidc, OidcOptions settings)
    {
        oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        oidc.Authority = settings.Authority;
        oidc.RequireHttpsMetadata = !new Uri(settings.Authority!).IsLoopback;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        // No library name and version in the addresses sent to the provider.
        oidc.DisableTelemetry = true;
        oidc.CallbackPath = OidcPaths.Callback;
        oidc.SignedOutCallbackPath = OidcPaths.SignedOutCallback;
        oidc.Scope.Clear();
        foreach (var scope in settings.AskedScopes)
        {
            oidc.Scope.Add(scope);
        }
        // The provider's claim names as sent ("email", "groups"), so the settings name what the provider documents.
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.ClaimActions.MapUniqueJsonKey(settings.EmailClaim, settings.EmailClaim);
        oidc.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        oidc.ClaimActions.MapJsonKey(settings.GroupsClaim, settings.GroupsClaim);
        // The session holds the team member, not the provider's tokens.
        oidc.SaveTokens = false;
        oidc.Events.OnTicketReceived = context => Handler(context.HttpContext).TicketReceivedAsync(context);
        oidc.Events.OnRemoteFailure = context => Handler(context.HttpContext).RemoteFailureAsync(context);
        oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            if (string.IsNullOrEmpty(context.ProtocolMessage.IssuerAddress))
            {
                // The provider offers no sign-out (no end_session_endpoint): the site's session has
                // ended, and the browser goes home instead of to an error.
                context.Response.Redirect("/");
                context.HandleResponse();
                return Task.CompletedTask;
            }
            // Without an ID token to hint with, the provider needs to know which client asks to sign out.
            context.ProtocolMessage.ClientId = settings.ClientId;
            return Task.CompletedTask;
        };
    }

    private static OidcTeamSignIn Handler(HttpContext http) => http.RequestServices.GetRequiredService<OidcTeamSignIn>();

    /// <summary>The sign-in start (GET /signin/oidc), when OIDC is on.</summary>
    public static IEndpointRouteBuilder MapReportingOidc(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<OidcOptions>>().Value.IsEnabled)
        {
            endpoints.MapGet(OidcPaths.SignIn, OidcEndpoints.Challenge)
                .WithName("OidcSignIn").WithSummary("Starts a sign-in at the organisation's OpenID provider").WithTags("Sign-in")
                .AllowAnonymous().ExcludeFromDescription();
        }
        return endpoints;
    }
}
