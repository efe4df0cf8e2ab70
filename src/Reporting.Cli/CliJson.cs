using System.Text.Json;

namespace Reporting.Cli;

/// <summary>JSON as the access commands print it: snake_case names ("manager_email", "occurred_at"), indented.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions SnakeCase { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
