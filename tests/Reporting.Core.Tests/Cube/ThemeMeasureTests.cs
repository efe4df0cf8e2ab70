using Reporting.DuckDb;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Themes;

namespace Reporting.Core.Tests.Cube;

/// <summary>Comment themes from reports/themes.yaml as shares of commented responses.</summary>
public sealed class ThemeMeasureTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    public ThemeMeasureTests()
    {
        using var connection = fixture.Database.Connect();
        connection.Execute("""
            INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, comment, responded_at) VALUES
                ('C1', 'A1', 'nps', 4, 'I had to CHASE your team for days.', TIMESTAMP '2026-03-10'),
                ('C2', 'A1', 'nps', 5, 'Wir warten viel zu lange auf Antworten.', TIMESTAMP '2026-03-11'),
                ('C3', 'A2', 'nps', 10, 'Great product, thank you!', TIMESTAMP '2026-03-12'),
                ('C4', 'A3', 'nps', 3, 'The outage came with a bug in the export.', TIMESTAMP '2026-03-13'),
                ('C5', 'A3', 'nps', 8, '   ', TIMESTAMP '2026-03-14');
            """);
    }

    [Fact]
    public void Each_theme_and_driver_is_a_share_of_the_commented_responses()
    {
        var record = Assert.Single(fixture.Query(new CubeQuery
        {
            Measures = ["surveys.theme_chasing", "surveys.theme_waiting", "surveys.theme_praise", "surveys.theme_bug", "surveys.theme_price",
                "surveys.driver_collaboration", "surveys.driver_technical_performance", "surveys.driver_business_outcomes"],
        }).Records());

        // Four responses carry a comment (C5 is blank, the fixture's others have none); C4 names two
        // technical themes but counts once for its driver.
        Assert.Equal(
            [25.0, 25.0, 25.0, 25.0, 0.0, 50.0, 25.0, 25.0],
            new[] { "theme_chasing", "theme_waiting", "theme_praise", "theme_bug", "theme_price", "driver_collaboration", "driver_technical_performance", "driver_business_outcomes" }
                .Select(m => (double)record[$"surveys.{m}"]!));
        Assert.Equal(4L, record["surveys.theme_chasing.n"]);
    }

    [Fact]
    public void Themes_are_dimensions_too_without_multiplying_responses()
    {
        var byTheme = fixture.Rows(new CubeQuery
        {
            Measures = ["surveys.nps_responses"],
            Dimensions = ["surveys.theme"],
            Filters = [new QueryFilter("surveys.theme", FilterOperator.Set, [])],
        });
        var bug = fixture.Rows(new CubeQuery
        {
            Measures = ["surveys.nps_responses"],
            Filters = [new QueryFilter("surveys.mentions_bug", FilterOperator.Equals, ["true"])],
        });

        // C4 mentions an outage and a bug: its first theme in the dictionary is outage, and it is the one bug mention.
        Assert.Equal(["chasing|1", "outage|1", "praise|1", "waiting|1"], byTheme);
        Assert.Equal(["1"], bug);
    }

    [Fact]
    public void A_theme_with_an_unknown_driver_names_the_file_and_theme()
    {
        var path = Path.Combine(Path.GetTempPath(), $"themes-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "themes:\n  - name: chasing\n    driver: vibes\n    stems: [chas]\n");
        try
        {
            var error = Assert.Throws<ThemesException>(() => ThemeDictionary.Read(path));

            Assert.Equal($"{Path.GetFileName(path)}: theme 'chasing': driver 'vibes' is not one of collaboration, technical_performance, business_outcomes", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Loading the model, a bad themes.yaml beside its folder stops it as a bad model file does, with the same message.</summary>
    [Fact]
    public void A_bad_themes_file_stops_the_model_naming_the_file_and_theme()
    {
        var root = Directory.CreateTempSubdirectory("themes-model-");
        try
        {
            var model = root.CreateSubdirectory("model");
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reports", "model"), "*.yaml"))
            {
                File.Copy(file, Path.Combine(model.FullName, Path.GetFileName(file)));
            }
            File.WriteAllText(Path.Combine(root.FullName, "themes.yaml"), "themes:\n  - name: chasing\n    driver: collaboration\n    stems: []\n");
            using var connection = fixture.Database.Connect();

            var error = Assert.Throws<ModelException>(() => SemanticModel.Load(model.FullName, connection));

            Assert.Equal("themes.yaml: theme 'chasing': it needs stems, none of them empty", error.Message);
            Assert.Equal("themes.yaml", error.File);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    public void Dispose() => fixture.Dispose();
}
