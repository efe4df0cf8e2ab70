using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Reporting.Web.Operations;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// /openapi/v1.json reads back as a valid OpenAPI document and lists every route the app maps under
/// /api and /embed (taken from the endpoint data source, so a route added later is checked too), with
/// the API key scheme on the routes that need it.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    /// <summary>Routes deliberately left out, each with why.</summary>
    private static readonly Dictionary<string, string> NotDocumented = new(StringComparer.Ordinal)
    {
        ["/embed"] = "no token: a 401 that points at /embed/<token>",
        ["/embed/{token}"] = "the embed page (HTML, a Razor page)",
    };

    private readonly ReportingWebFactory factory = new(new() { ["Tests:Seed"] = "false" });

    [Fact]
    public async Task The_document_is_valid_openapi_and_lists_every_api_and_embed_route()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var read = await OpenApiDocument.LoadAsync(await response.Content.ReadAsStreamAsync(), "json");

        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var document = read.Document!;
        Assert.StartsWith("3.", read.Diagnostic!.SpecificationVersion.ToString().Replace("OpenApi", "", StringComparison.Ordinal).Replace('_', '.'), StringComparison.Ordinal);
        var missing = Routes().Where(r => !Documented(document, r.Path, r.Method)).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_operation_says_what_it_answers_and_posts_say_what_they_take()
    {
        using var client = factory.CreateClient();
        var document = (await OpenApiDocument.LoadAsync(await client.GetStreamAsync("/openapi/v1.json"), "json")).Document!;

        var operations = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Name: $"{o.Key} {p.Key}", Method: o.Key, Operation: o.Value))).ToList();

        Assert.All(operations, o => Assert.True(o.Operation.Responses!.TryGetValue("200", out var ok) && ok.Content is { Count: > 0 }, $"{o.Name} has no 200 body"));
        Assert.All(operations.Where(o => o.Method == HttpMethod.Post), o => Assert.True(o.Operation.RequestBody?.Content is { Count: > 0 }, $"{o.Name} takes no body"));
        var query = document.Paths["/api/cube/query"].Operations![HttpMethod.Post];
        Assert.Equal("application/problem+json", Assert.Single(query.Responses!["400"].Content!).Key);
        Assert.NotNull(query.RequestBody!.Content!["application/json"].Example);
    }

    [Fact]
    public async Task Loads_and_minting_name_the_api_key_scheme()
    {
        using var client = factory.CreateClient();
        var read = await OpenApiDocument.LoadAsync(await client.GetStreamAsync("/openapi/v1.json"), "json");
        var document = read.Document!;

        Assert.Equal("X-Api-Key", document.Components!.SecuritySchemes!["ApiKey"].Name);
        var mint = document.Paths["/api/embed/token"].Operations![HttpMethod.Post];
        Assert.Contains(mint.Security!, requirement => requirement.Keys.Any(k => k.Reference.Id == "ApiKey"));
        var view = document.Paths["/api/dashboards/{id}"].Operations![HttpMethod.Get];
        Assert.True(view.Security is null or { Count: 0 });
    }

    [Fact]
    public async Task The_reference_page_is_served()
    {
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/api/docs");
        var script = await client.GetAsync("/api/docs/scalar.js");

        Assert.Contains("Customer Success Reporting API", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private IEnumerable<(string Path, string Method)> Routes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + e.RoutePattern.RawText!.Trim('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(e => (Under(e.Path, "/api") || Under(e.Path, "/embed")) && !Under(e.Path, ApiDocsRegistration.DocsPath) && !NotDocumented.ContainsKey(e.Path))
            .SelectMany(e => e.Methods.Select(m => (e.Path, m)));

    /// <summary>The path itself or below it (/embed-demo is not under /embed); Scalar's page and assets are the document's reader, not the API.</summary>
    private static bool Under(string path, string root) => path == root || path.StartsWith(root + "/", StringComparison.Ordinal);

    private static bool Documented(OpenApiDocument document, string path, string method) =>
        document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations && operations.ContainsKey(new HttpMethod(method));

    public void Dispose() => factory.Dispose();
}
