using Reporting.DuckDb;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Seed.Tests;
using Reporting.Web.Tests.Dashboards;
using Xunit.Abstractions;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Issue 16's generator-driven test, over the demo data: a few hundred random queries built from the
/// model answer 200 over HTTP, and the two statement layouts (aggregating below the joins or in one
/// step) give the same rows for each, for every account and for one CSM's book; as many mutations of
/// them answer 4xx, never 5xx. Seeded; a failure names the seed, the query and the answer.
/// </summary>
public sealed class GeneratedQueryTests(SeededSite site, ITestOutputHelper output) : IClassFixture<SeededSite>
{
    private const int Seed = 16;
    private const int Count = 300;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Random_valid_queries_answer_200_and_both_layouts_agree()
    {
        var model = site.Factory.Services.GetRequiredService<SemanticModel>();
        var generator = new CubeQueryGenerator(model, Today, Seed);
        var twoSteps = new QueryCompiler(model);
        var oneStep = new QueryCompiler(model, aggregateBelowJoins: false);
        using var connection = site.Factory.Database.Connect();
        // The row policy narrows the fact rows in both layouts alike: one CSM's book, read on an unscoped connection.
        var book = AccessScope.ForBook([(string)connection.Query("SELECT min(csm) FROM dim_account").Scalar()!]);
        var refusedLambdas = 0;
        for (var i = 0; i < Count; i++)
        {
            var json = generator.Valid();
            var (status, body) = await Post(json);
            var query = QueryJson.Parse(json, Today);
            if (Refusal(twoSteps, query) is { } refusal)
            {
                // A threshold on a lambda measure is the one refusal a valid-looking query may get (README).
                Assert.True(status == 400 && refusal.Contains("lambda", StringComparison.Ordinal), Failure(i, json, status, body));
                refusedLambdas++;
                continue;
            }
            Assert.True(status == 200, Failure(i, json, status, body));
            Assert.True(LayoutRows.Of(connection, oneStep.Compile(query, Today, AccessScope.All)).SequenceEqual(LayoutRows.Of(connection, twoSteps.Compile(query, Today, AccessScope.All))), Failure(i, json, status, "the layouts differ"));
            Assert.True(LayoutRows.Of(connection, oneStep.Compile(query, Today, book)).SequenceEqual(LayoutRows.Of(connection, twoSteps.Compile(query, Today, book))), Failure(i, json, status, "the layouts differ for one CSM's book"));
        }
        output.WriteLine($"{Count} queries, {refusedLambdas} refused thresholds on lambda measures");
        Assert.True(refusedLambdas < Count / 10, $"{refusedLambdas} of {Count} were refused: the generator tests too little");
    }

    [Fact]
    public async Task Random_mutations_answer_4xx_never_5xx()
    {
        var generator = new CubeQueryGenerator(site.Factory.Services.GetRequiredService<SemanticModel>(), Today, Seed);
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Count; i++)
        {
            var json = generator.Mutated();
            var (status, body) = await Post(json);
            Assert.True(status is >= 400 and < 500, Failure(i, json, status, body));
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }
        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
    }

    private async Task<(int Status, string Body)> Post(string json)
    {
        var response = await site.Client.PostAsync("/api/cube/query", new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string? Refusal(QueryCompiler compiler, CubeQuery query)
    {
        try
        {
            compiler.Compile(query, Today, AccessScope.All);
            return null;
        }
        catch (QueryException e)
        {
            return e.Message;
        }
    }

    private static string Failure(int index, string json, int status, string body) =>
        $"seed {Seed}, query {index}: {json}\nanswered {status}: {(body.Length > 2000 ? body[..2000] : body)}";
}
