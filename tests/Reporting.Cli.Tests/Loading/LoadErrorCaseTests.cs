using Reporting.Tests.Fixtures;

namespace Reporting.Cli.Tests.Loading;

/// <summary>
/// Every refused file of issue 17 through the real command line: the exact errors, exit code 1 and
/// a database exactly as before; with --skip-invalid, exit code 0 and exactly the good rows added.
/// </summary>
public sealed class LoadErrorCaseTests : IDisposable
{
    private readonly LoadingFolder folder = new();

    public LoadErrorCaseTests()
    {
        Assert.Equal(0, folder.Load("accounts", LoadErrorCase.Path("accounts.csv")).ExitCode);
        Assert.Equal(0, folder.Load("contacts", LoadErrorCase.Path("contacts.csv")).ExitCode);
    }

    public static TheoryData<string> Ids => LoadErrorCase.Ids;

    public static TheoryData<string> SkippableIds => [.. LoadErrorCase.All.Where(c => c.GoodRows is not null).Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_refused_file_names_what_is_wrong_and_where_exits_1_and_changes_nothing(string id)
    {
        var refused = LoadErrorCase.ById(id);
        var path = folder.Copy(refused.File);
        var before = Fingerprint();

        var (exitCode, output) = folder.Load(refused.Kind, path, refused.Options);

        Assert.Equal(1, exitCode);
        Assert.Equal(refused.ErrorsFor(path).Select(e => "error: " + e), ErrorLines(output));
        Assert.EndsWith("Nothing was loaded: the database is unchanged.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [Theory]
    [MemberData(nameof(SkippableIds))]
    public void With_skip_invalid_exactly_the_good_rows_load_and_the_exit_code_is_0(string id)
    {
        var refused = LoadErrorCase.ById(id);
        var path = folder.Copy(refused.File);
        var before = Rows(refused.Kind);

        var (exitCode, output) = folder.Load(refused.Kind, path, [.. refused.Options, "--skip-invalid"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(refused.ErrorsFor(path).Select(e => "error: " + e), ErrorLines(output));
        Assert.Equal(before + refused.GoodRows, Rows(refused.Kind));
        Assert.True(File.Exists(Path.ChangeExtension(path, null) + ".rejects.csv"));
    }

    private static string[] ErrorLines(string output) =>
        [.. output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal))];

    private long Rows(string kind) => folder.Count(Table(kind));

    private static string Table(string kind) => kind switch
    {
        "accounts" => "dim_account",
        "contacts" => "dim_contact",
        "tickets" => "fact_ticket",
        _ => "fact_survey_response",
    };

    /// <summary>Every table a case loads into, their rows hashed, and the data version.</summary>
    private string Fingerprint() => string.Join(" ",
        new[] { "accounts", "contacts", "tickets", "surveys" }.Select(k =>
            $"{k}={Rows(k)}:{folder.Text($"SELECT bit_xor(hash(t))::VARCHAR FROM {Table(k)} t")}"))
        + $" version={folder.Text("SELECT max(version) FROM data_version")}";

    public void Dispose() => folder.Dispose();
}
