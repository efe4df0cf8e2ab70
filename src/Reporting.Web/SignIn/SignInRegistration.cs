using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Access;
using Reporting.Web.Ingest;
using Reporting.Web.SignIn.Oidc;

namespace Reporting.Web.SignIn;

/// <summary>
/// Who is calling: a cookie session (local password or OpenID Connect) or an API key, whichever the
/// request carries; what they may do (<see cref="AccessPolicies"/>); and the accounts they read in
/// (<see cref="RequestScope"/>).
/// </summary>
public static class SignInRegistration
{
    /// <summary>Picks the cookie or the API key per request.</summary>
    public const string Scheme = "Reporting";

    public static IHostApplicationBuilder AddReportingSignIn(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => o.SessionIdle > TimeSpan.Zero && o.SessionMax >= o.SessionIdle, "Reporting:Auth:SessionIdle must be positive and at most Reporting:Auth:SessionMax.")
            .ValidateOnStart();
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section);
        services.AddSingleton<ApiKeyRing>();
        services.AddHttpContextAccessor();
        services.AddSingleton<TeamCache>();
        services.AddSingleton<SessionEvents>();
        services.AddSingleton<RequestScope>();
        services.AddSingleton<Credentials>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<WebAudit>();
        services.AddHostedService<FirstAdminPasswordPrinter>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Session or API key", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header) ? ApiKeyAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.EventsType = typeof(SessionEvents);
                cookie.Cookie = new LoopbackCookieBuilder
                {
                    Name = "reporting.session",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    SecurePolicy = CookieSecurePolicy.Always,
                };
                cookie.SlidingExpiration = true;
            })
            .AddReportingOidc(builder.Configuration);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<SessionOptions>>((cookie, session) => cookie.ExpireTimeSpan = session.Value.SessionIdle)
            // After the cookie handler's own post-configuration has made the ticket format.
            .PostConfigure(cookie => cookie.TicketDataFormat = new RememberedTickets(cookie.TicketDataFormat));
        services.AddAuthorization(AccessPolicies.Add);
        services.Configure<RazorPagesOptions>(pages => pages.Conventions
            .AllowAnonymousToPage("/SignIn")
            .AllowAnonymousToPage("/Status")
            .AllowAnonymousToPage("/Embed/Embed")
            .AuthorizePage("/Data", AccessPolicies.Admin)
            .AuthorizePage("/EmbedDemo", AccessPolicies.Admin)
            // A subscription mails PDFs, to addresses outside the team too: an export, which viewers may not make.
            .AuthorizePage("/Subscriptions/Edit", AccessPolicies.Exports)
            .AuthorizeFolder("/Settings", AccessPolicies.Admin)
            .AuthorizeFolder("/Admin", AccessPolicies.Admin));
        return builder;
    }

    /// <summary>After routing (the policies are the endpoints'), before the endpoints run.</summary>
    public static WebApplication UseReportingSignIn(this WebApplication app)
    {
        // Resolved now, so that a key with an unknown scope stops start-up.
        app.Services.GetRequiredService<ApiKeyRing>();
        app.UseAuthentication();
        app.Use(CrossSiteRequests.Refuse);
        app.UseAuthorization();
        var scope = app.Services.GetRequiredService<RequestScope>();
        app.Use(scope.Apply);
        return app;
    }
}
