using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Spectre.Console;

namespace Reporting.Cli.Querying;

/// <summary>`reporting query`: answers a cube query given as JSON and prints the result as JSON (or, with --sql, the statements it would run).</summary>
internal static class QueryCommand
{
    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var json = new Option<string>("--json") { Description = "The query, e.g. {\"measures\": [\"tickets.count\"], \"dimensions\": [\"tickets.priority\"]}.", Required = true };
        var sql = new Option<bool>("--sql") { Description = "Print the SQL and bound parameters the query runs, without running it." };
        var actAs = ActAs.Option();
        var command = new Command("query", "Answer a cube query (JSON, close to Cube's REST query) and print the rows as JSON.") { database, json, sql, actAs };
        command.SetAction(result => Run(console, result.GetValue(database)!, result.GetValue(json)!, result.GetValue(sql), result.GetValue(actAs)));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, string json, bool sqlOnly, string? actAs)
    {
        using var host = CliServices.Open(path);
        using var acting = ActAs.Enter(console, host.Database(), actAs);
        if (acting is null)
        {
            return 2;
        }
        var today = host.Today();
        var engine = host.Get<CubeEngine>();
        try
        {
            var query = QueryJson.Parse(json, today);
            if (sqlOnly)
            {
                console.Raw(StatementText.Of(engine.Statements(query, today)));
                return 0;
            }
            var result = engine.Query(query, today);
            // Written as it is: a console would wrap long lines, even inside a JSON string.
            console.Raw(JsonSerializer.Serialize(new { query, data = result.Records() }, Output));
            return 0;
        }
        catch (QueryException e)
        {
            console.Line($"error: {e.Message}", Color.Red);
            return 2;
        }
    }
}
