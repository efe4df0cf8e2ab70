using System.Text.Json;

namespace Reporting.Cli.Tests.Users;

/// <summary>`reporting load --kind team` and `reporting users`, on a real database file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly TeamFolder folder = new();

    [Fact]
    public void The_team_loads_through_the_command_line_and_json_lists_every_member()
    {
        var load = folder.LoadTeam();

        Assert.Matches(@"inserted\s*│\s*4\s*│", load);
        Assert.Matches(@"removed\s*│\s*0\s*│", load);
        var (exitCode, output) = CliRun.Invoke("users", "--db", folder.Db, "--json");

        Assert.Equal(0, exitCode);
        var members = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(m => string.Join("|", m.EnumerateObject().Select(p => $"{p.Name}={p.Value}")))
            .ToArray();
        Assert.Equal(
            [
                "email=ada@example.com|name=Ada Admin|role=admin|manager_email=",
                "email=ana@example.com|name=Ana [CSM]|role=csm|manager_email=lea@example.com",
                "email=bo@example.com|name=Bo Csm|role=csm|manager_email=ana@example.com",
                "email=lea@example.com|name=Lea Leader|role=leader|manager_email=",
            ],
            members);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(output).RootElement[0].GetProperty("manager_email").ValueKind);
    }

    [Fact]
    public void The_text_table_shows_each_member_on_a_line_with_brackets_as_text()
    {
        folder.LoadTeam();

        var (exitCode, output) = CliRun.Invoke("users", "--db", folder.Db);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"│ ana@example\.com\s*│ Ana \[CSM\]\s*│ csm\s*│ lea@example\.com\s*│", output);
        Assert.Matches(@"│ ada@example\.com\s*│ Ada Admin\s*│ admin\s*│\s*│", output);
    }

    [Fact]
    public void Without_a_team_the_list_says_how_to_load_one()
    {
        var (exitCode, output) = CliRun.Invoke("users", "--db", folder.Db);

        Assert.Equal(0, exitCode);
        Assert.Equal("No team members: load them with `reporting load --kind team FILE`.", output.Trim());
        Assert.Equal("[]", CliRun.Invoke("users", "--db", folder.Db, "--json").Output.Trim());
    }

    [Fact]
    public void A_bad_team_file_names_file_line_column_and_value_and_keeps_the_team()
    {
        folder.LoadTeam();
        var bad = folder.Write("team2.csv", "email,name,role,manager_email\nada@example.com,Ada,admin,\nbo@example.com,Bo,csm,bo@example.com\n");

        var (exitCode, output) = CliRun.Invoke("load", "--db", folder.Db, "--kind", "team", bad);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {bad}:3: column 'manager_email' value 'bo@example.com': a member cannot be their own manager", output);
        Assert.Equal(4, JsonDocument.Parse(CliRun.Invoke("users", "--db", folder.Db, "--json").Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void The_kind_list_of_load_names_team()
    {
        var (exitCode, output) = CliRun.Invoke("load", "--db", folder.Db, "--kind", "staff", "x.csv");

        Assert.Equal(2, exitCode);
        Assert.Contains("'team'", output);
    }

    public void Dispose() => folder.Dispose();
}
