using Reporting.DuckDb;
using Reporting.Core.Storage;
using Reporting.Tests.Fixtures;

namespace Reporting.Cli.Tests.Loading;

/// <summary>A test's folder with its database: loads through the real command line, copies fixtures in, reads the database back.</summary>
internal sealed class LoadingFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public string Db => folder.File("db.duckdb");

    public string File(string name) => folder.File(name);

    public (int ExitCode, string Output) Load(string kind, string path, params string[] options) =>
        CliRun.Invoke(["load", "--db", Db, "--kind", kind, .. options, path]);

    /// <summary>A fixture of LoadErrors copied here, so that a rejects file lands beside it.</summary>
    public string Copy(string fixture)
    {
        System.IO.File.Copy(LoadErrorCase.Path(fixture), folder.File(fixture), overwrite: true);
        return folder.File(fixture);
    }

    public string Write(string name, string content)
    {
        System.IO.File.WriteAllText(folder.File(name), content, new System.Text.UTF8Encoding(false));
        return folder.File(name);
    }

    public long Count(string table) => long.Parse(Text($"SELECT count(*) FROM {table}")!, System.Globalization.CultureInfo.InvariantCulture);

    public string? Text(string sql)
    {
        using var database = ReportingDatabase.Open(Db);
        using var connection = database.Connect();
        return connection.Query(sql).Scalar()?.ToString();
    }

    public void Dispose() => folder.Dispose();
}
