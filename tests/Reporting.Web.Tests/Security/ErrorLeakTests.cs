using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// Finding 8 of the hostile-input review: a 500 answered a stack trace, source paths and the request's
/// headers (X-Api-Key among them), and under /embed lost the embed's security headers. An error is now
/// ProblemDetails with nothing of the exception, in Development too (the test host's environment), and
/// keeps the headers of the path it happened on.
/// </summary>
public sealed class ErrorLeakTests : IDisposable
{
    private const string Secret = "the-api-key-that-must-not-leak";
    private const string Thrown = "internal detail /src/Reporting.Web/Secret.cs";

    private readonly ReportingWebFactory server = new(new() { ["Tests:Seed"] = "false" });

    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory;

    public ErrorLeakTests()
    {
        // The real server, with a last step that throws for any path ending in /boom that nothing else answered.
        factory = server.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Thrower>()));
    }

    [Theory]
    [InlineData("/boom")]
    [InlineData("/embed/some-token/boom")]
    [InlineData("/api/boom")]
    public async Task An_error_answers_problem_details_and_nothing_of_the_exception(string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", Secret);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { Secret, Thrown, "InvalidOperationException", "   at ", "X-Api-Key" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(path.StartsWith("/embed", StringComparison.Ordinal) ? "frame-ancestors 'self'" : "frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    public void Dispose()
    {
        factory.Dispose();
        server.Dispose();
    }

    private sealed class Thrower : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) => context.Request.Path.Value!.EndsWith("/boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Thrown)
                : Task.CompletedTask);
        };
    }
}
