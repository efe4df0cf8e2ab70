using Reporting.DuckDb;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Web.Tests;

/// <summary>
/// Signs test clients in as team members through the real /signin form (antiforgery token and all),
/// as a person would: <c>await client.SignInAsync("csm@…")</c> after <c>factory.Database.AddMember(…)</c>.
/// </summary>
public static class TeamSignIn
{
    /// <summary>Every member added here has this password.</summary>
    public const string Password = "test-password-of-the-team";

    /// <summary>The admin the factories' clients sign in as unless a test asks for an anonymous one.</summary>
    public const string Admin = "admin@tests.example";

    private static readonly HtmlParser Parser = new();

    /// <summary>Adds (or replaces) a team member with <see cref="Password"/>, moving the data version as a load would.</summary>
    public static void AddMember(this ReportingDatabase database, string email, string name, TeamRole role, string? managerEmail = null)
    {
        using (database.AcquireWriter())
        using (var connection = database.Connect())
        {
            connection.Execute(
                """
                INSERT INTO dim_team_member (email, name, role, manager_email) VALUES ($1, $2, $3, $4)
                ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, manager_email = excluded.manager_email
                """,
                email, name, role.Name(), managerEmail);
        }
        new Credentials(database).SetPassword(email, Password, DateTimeOffset.UtcNow);
    }

    public static void RemoveMember(this ReportingDatabase database, string email)
    {
        using (database.AcquireWriter())
        using (var connection = database.Connect())
        {
            connection.Execute("DELETE FROM dim_team_member WHERE email = $1", email);
        }
    }

    /// <summary>A client of <paramref name="factory"/> (any, a derived one too) signed in as <see cref="Admin"/>.</summary>
    public static async Task<HttpClient> CreateAdminClientAsync(this WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        factory.Services.GetRequiredService<ReportingDatabase>().AddMember(Admin, "Test Admin", TeamRole.Admin);
        await client.SignInAsync(Admin);
        return client;
    }

    /// <summary>Posts the sign-in form; the answer is the page the form led to (/healthz when signed in, the form again when not).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password = Password)
    {
        var form = new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/healthz",
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/signin"),
        };
        return await client.PostAsync("/signin", new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in, or fails the test saying why not.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = Password)
    {
        using var response = await client.PostSignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage?.RequestUri?.AbsolutePath != "/healthz")
        {
            throw new InvalidOperationException($"Signing in as {email} did not work: {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}.");
        }
    }

    /// <summary>Signs out through the header's form.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(this HttpClient client) =>
        await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/accounts"),
        }));

    /// <summary>The antiforgery token of the first form on <paramref name="page"/> (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var document = Parser.ParseDocument(await client.GetStringAsync(page));
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} has no antiforgery token.");
    }
}
