using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Reporting.Web.Tests.Access;

/// <summary>One request the leak tests send: its method, address and JSON body, and the route it came from.</summary>
public sealed record RouteRequest(string Method, string Url, object? Body, string Route)
{
    public HttpRequestMessage Message() => new(new HttpMethod(Method), Url) { Content = Body is null ? null : JsonContent.Create(Body) };

    public override string ToString() => $"{Method} {Url}" + (Body is null ? "" : " " + System.Text.Json.JsonSerializer.Serialize(Body));
}

/// <summary>
/// The requests for every route the app maps, read from its endpoint data source so that a new route is
/// covered without anyone listing it: each route parameter filled with another account's id (and with
/// one of the CSM's own), each dashboard, each GET once plain and once aimed at another account and CSM
/// through every filter the app reads, each POST with the bodies it takes. A route with a parameter or
/// a POST this class does not know fails the test that enumerates it, naming the route to add here.
/// </summary>
public static class RouteRequests
{
    /// <summary>Open to anyone or authenticated otherwise (embeds by their token, the OIDC callbacks, status pages, API docs' assets).</summary>
    public static bool IsOutOfScope(string pattern) =>
        pattern.StartsWith("embed", StringComparison.Ordinal) || pattern.StartsWith("signin", StringComparison.Ordinal)
        || pattern.StartsWith("signout", StringComparison.Ordinal) || pattern.StartsWith("status/", StringComparison.Ordinal)
        || pattern == "unsubscribe"
        || pattern is "healthz" or "api/docs/favicon.svg" or "api/docs/scalar.js" or "api/docs/scalar.aspnetcore.js";

    public static string Pattern(RouteEndpoint endpoint) => (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    /// <summary>The requests for <paramref name="endpoint"/>; the route's name when it needs a rule added here.</summary>
    public static IEnumerable<RouteRequest> For(RouteEndpoint endpoint, LeakSite site)
    {
        var pattern = Pattern(endpoint);
        foreach (var method in Methods(endpoint))
        {
            foreach (var path in Paths(endpoint.RoutePattern, pattern, site))
            {
                if (method == "POST")
                {
                    foreach (var body in Bodies(pattern, site))
                    {
                        yield return new RouteRequest(method, "/" + path, body, pattern);
                    }
                    continue;
                }
                var extra = Extra(pattern);
                yield return new RouteRequest(method, "/" + path + (extra.Length == 0 ? "" : "?" + extra), null, pattern);
                yield return new RouteRequest(method, "/" + path + "?" + Aimed(site) + (extra.Length == 0 ? "" : "&" + extra), null, pattern);
            }
        }
    }

    /// <summary>Every filter parameter the app reads, each naming another account or its CSM.</summary>
    private static string Aimed(LeakSite site)
    {
        var other = Uri.EscapeDataString(site.Others[0]);
        var csm = Uri.EscapeDataString(site.OtherCsm);
        return $"account={other}&account_id={other}&csm={csm}&v.search={other}";
    }

    /// <summary>What some routes need to answer at all.</summary>
    private static string Extra(string pattern) => pattern switch
    {
        "api/cube/csv" => "query=" + Uri.EscapeDataString("""{"measures":["tickets.count"],"dimensions":["tickets.account_id","tickets.csm"]}"""),
        "explore" or "api/explore" => "x.cube=tickets&x.measure=tickets.count&x.dimension=tickets.account_id",
        _ => "",
    };

    private static IEnumerable<string> Paths(RoutePattern route, string pattern, LeakSite site)
    {
        if (route.Parameters.Count == 0)
        {
            return [pattern];
        }
        var values = route.Parameters.Select(p => (p.Name, Values: ValuesOf(p, pattern, site))).ToList();
        IEnumerable<string> paths = [pattern];
        foreach (var (name, options) in values)
        {
            paths = paths.SelectMany(path => options.Select(value => Fill(path, name, value)));
        }
        return paths;
    }

    private static IReadOnlyList<string> ValuesOf(RoutePatternParameterPart parameter, string pattern, LeakSite site) => parameter.Name switch
    {
        "id" when pattern.StartsWith("dashboards/", StringComparison.Ordinal) || pattern.StartsWith("api/dashboards/", StringComparison.Ordinal) => site.Dashboards,
        "id" when pattern.StartsWith("api/subscriptions/", StringComparison.Ordinal) || pattern.StartsWith("subscriptions/", StringComparison.Ordinal) => ["1"],
        "id" => [site.Others[0], site.Others[^1], site.OwnAccounts[0]],
        "kind" => ["accounts"],
        "documentName" => ["v1"],
        _ => throw new InvalidOperationException($"route '{pattern}' has a parameter '{parameter.Name}' the leak test cannot fill: add it to RouteRequests"),
    };

    private static string Fill(string path, string name, string value)
    {
        var start = path.IndexOf("{" + name, StringComparison.Ordinal);
        var end = path.IndexOf('}', start);
        return path[..start] + Uri.EscapeDataString(value) + path[(end + 1)..];
    }

    private static IReadOnlyList<object?> Bodies(string pattern, LeakSite site)
    {
        var other = site.Others[0];
        object byAccount = new { measures = new[] { "tickets.count" }, dimensions = new[] { "tickets.account_id", "tickets.csm" }, totals = "rollup" };
        object aimed = new
        {
            measures = new[] { "surveys.count" },
            dimensions = new[] { "surveys.account_id", "surveys.comment" },
            filters = new[] { new { member = "surveys.account_id", @operator = "equals", values = new[] { other } } },
        };
        return pattern switch
        {
            "api/cube/query" or "api/cube/sql" => [byAccount, aimed],
            "api/embed/token" => [new { resource = new { kind = "dashboard", id = "account" }, filters = new Dictionary<string, string[]> { ["account_id"] = [other] } }],
            "api/ingest/{kind}" => [null],
            "api/subscriptions" or "api/subscriptions/" =>
            [
                new
                {
                    name = "aimed", content = new { kind = "account-pack", accountId = other },
                    recipients = new[] { new { kind = "contact-role", value = "executive" } }, schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "UTC" },
                },
                new
                {
                    name = "aimed", content = new { kind = "dashboard-digest", dashboard = "overview", filters = new Dictionary<string, string> { ["account_id"] = other } },
                    recipients = new[] { new { kind = "member", value = LeakSite.Csm } }, schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "UTC" },
                },
            ],
            "api/subscriptions/{id}/test" => [new { }],
            _ => throw new InvalidOperationException($"POST route '{pattern}' has no body in the leak test: add its bodies to RouteRequests"),
        };
    }
}
