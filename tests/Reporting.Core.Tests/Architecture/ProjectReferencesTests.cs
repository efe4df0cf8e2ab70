using System.Xml.Linq;

namespace Reporting.Core.Tests.Architecture;

/// <summary>
/// Dependencies point one way: surfaces (Web, the command line) → the shared rendering project → Core →
/// data access. Read from the project files themselves, so a reference added by hand or by an IDE fails here.
/// </summary>
public sealed class ProjectReferencesTests
{
    private static readonly string[] Ours = ["Reporting.DuckDb", "Reporting.ClickHouse", "Reporting.Core", "Reporting.Documents", "Reporting.Seed", "Reporting.Cli", "Reporting.Web"];

    [Theory]
    [InlineData("src/Reporting.Web/Reporting.Web.csproj", "Reporting.Seed")]
    [InlineData("src/Reporting.Cli/Reporting.Cli.csproj", "Reporting.Web")]
    [InlineData("src/Reporting.Documents/Reporting.Documents.csproj", "Reporting.Web")]
    [InlineData("src/Reporting.Documents/Reporting.Documents.csproj", "Reporting.Cli")]
    [InlineData("src/Reporting.Documents/Reporting.Documents.csproj", "Reporting.Seed")]
    public void A_project_does_not_reference_one_above_it(string project, string forbidden)
    {
        Assert.False(References(project).Contains(forbidden), $"{project} references {forbidden}: dependencies must point one way (surfaces → Documents → Core → the engines)");
    }

    [Fact]
    public void Core_references_only_the_data_access_projects_among_ours()
    {
        string[] engines = ["Reporting.ClickHouse", "Reporting.DuckDb"];
        var ours = References("src/Reporting.Core/Reporting.Core.csproj").Where(Ours.Contains).Order(StringComparer.Ordinal).ToList();

        Assert.True(ours.SequenceEqual(engines), $"src/Reporting.Core/Reporting.Core.csproj references {string.Join(", ", ours.Except(engines).DefaultIfEmpty("not both engines"))}: Core may reference the two engine projects (Reporting.DuckDb, Reporting.ClickHouse) only");
    }

    [Fact]
    public void The_engine_projects_reference_none_of_ours()
    {
        Assert.DoesNotContain(References("src/Reporting.ClickHouse/Reporting.ClickHouse.csproj"), Ours.Contains);
        Assert.DoesNotContain(References("src/Reporting.DuckDb/Reporting.DuckDb.csproj"), Ours.Contains);
    }

    [Fact]
    public void The_rules_read_real_references()
    {
        // A reader that found nothing would pass every rule above.
        Assert.Equal(["Reporting.Core", "Reporting.Documents", "Reporting.Seed"], References("src/Reporting.Cli/Reporting.Cli.csproj").Order(StringComparer.Ordinal));
    }

    /// <summary>The names (file names without .csproj) of the projects a project file references.</summary>
    private static IReadOnlyList<string> References(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), project))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    /// <summary>The folder holding Reporting.sln, found by walking up from the test's output folder.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reporting.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Reporting.sln above {AppContext.BaseDirectory}");
    }
}
