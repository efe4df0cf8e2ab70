namespace Reporting.Cli.Tests.Users;

/// <summary>A database with a small team loaded through `reporting load --kind team`.</summary>
internal sealed class TeamFolder : IDisposable
{
    public const string Team = """
        email,name,role,manager_email
        Ada@Example.com,Ada Admin,admin,
        lea@example.com,Lea Leader,leader,
        ana@example.com,Ana [CSM],csm,lea@example.com
        bo@example.com,Bo Csm,csm,ana@example.com

        """;

    private readonly TempFolder folder = new();

    public string Db => folder.File("db.duckdb");

    public string Write(string name, string content)
    {
        var path = folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Loads <see cref="Team"/> and returns what the load printed.</summary>
    public string LoadTeam()
    {
        var (exitCode, output) = CliRun.Invoke("load", "--db", Db, "--kind", "team", Write("team.csv", Team));
        Assert.True(exitCode == 0, output);
        return output;
    }

    public void Dispose() => folder.Dispose();
}
