using System.Diagnostics;
using System.Text.Json;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// With Reporting:Logging:Json the server, run as its own process, writes each log entry to the console
/// as one JSON object (level, category, message). Bounded: the server is given 60 s to say it listens.
/// </summary>
public sealed class JsonLogsTests
{
    [Fact]
    public async Task The_console_log_is_json_lines()
    {
        var folder = Directory.CreateTempSubdirectory("reporting-json-logs-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Reporting.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["Reporting__Logging__Json"] = "true",
                ["Reporting__Database"] = Path.Combine(folder, "reporting.duckdb"),
                ["Reporting__Alerts__Enabled"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Reporting__Embed__Keys__0__Id"] = Embed.EmbedSite.CurrentKeyId,
                ["Reporting__Embed__Keys__0__Secret"] = Embed.EmbedSite.CurrentSecret,
            },
        };
        using var server = Process.Start(start)!;
        try
        {
            var line = await ListeningLine(server, TimeSpan.FromSeconds(60));

            using var entry = JsonDocument.Parse(line);
            Assert.Equal("Information", entry.RootElement.GetProperty("LogLevel").GetString());
            Assert.Equal("Microsoft.Hosting.Lifetime", entry.RootElement.GetProperty("Category").GetString());
            Assert.StartsWith("Now listening on: http://127.0.0.1:", entry.RootElement.GetProperty("Message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> ListeningLine(Process server, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Now listening on", StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new InvalidOperationException("the server ended without listening: " + await server.StandardError.ReadToEndAsync());
    }
}
