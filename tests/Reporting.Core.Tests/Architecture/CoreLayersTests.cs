using Reporting.Core.Cube.Model;

namespace Reporting.Core.Tests.Architecture;

/// <summary>
/// Every folder of Reporting.Core (namespace Reporting.Core.X) uses only folders below it, so no two
/// folders depend on each other and a folder can be read, tested and changed with only what is below.
/// </summary>
public sealed class CoreLayersTests
{
    /// <summary>
    /// The folders from the bottom up. Below: plain text, SQL naming and the database with its access
    /// restriction; then the period rules, the theme dictionary and the semantic layer (Cube); then the
    /// features built on cube queries, each on what it reads: KPIs (and the survey rules the catalog
    /// checks), dashboards, account cards, health from KPIs, signals from KPIs and health, the
    /// recovery plan from signals, revenue outcomes from signals and health; at the top what only
    /// assembles the others (closed loop, feature impact, alerts, delivery, the EBR pack).
    /// </summary>
    public static readonly IReadOnlyList<string> LayersBottomUp =
    [
        "Text", "Csv", "Sql", "Telemetry", "Schema", "Access", "Storage",
        "Periods", "Themes", "Cube", "Ingest", "Surveys",
        "Kpis", "Dashboards", "Accounts", "Health", "Signals", "Planning", "Revenue",
        "ClosedLoop", "FeatureImpact", "Alerts", "Delivery", "Ebr",
    ];

    /// <summary>Upward uses not yet broken, each with why; the test fails when one is gone too, so the list stays true.</summary>
    private static readonly IReadOnlySet<string> KnownUpward = new HashSet<string>(StringComparer.Ordinal)
    {
        "Access -> Storage", // the team directory and audit log live in the database that applies the access scope
    };

    private static readonly CoreFolderGraph Graph = CoreFolderGraph.Read(typeof(SemanticModel).Assembly.Location);

    [Fact]
    public void Every_folder_has_a_place_in_the_order()
    {
        Assert.Equal(LayersBottomUp.Order(StringComparer.Ordinal), Graph.Folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_folder_uses_only_folders_below_it()
    {
        var upward = Upward(Graph.Edges).Where(e => !KnownUpward.Contains($"{e.From} -> {e.To}")).Select(Describe).ToList();

        Assert.True(upward.Count == 0, "Core folders using a folder above them:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Every_known_upward_use_is_still_there()
    {
        var present = Upward(Graph.Edges).Select(e => $"{e.From} -> {e.To}").ToHashSet(StringComparer.Ordinal);

        Assert.Empty(KnownUpward.Where(k => !present.Contains(k)));
    }

    private static IEnumerable<FolderEdge> Upward(IEnumerable<FolderEdge> edges) =>
        edges.Where(e => Rank(e.To) > Rank(e.From)).OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal);

    private static int Rank(string folder)
    {
        var rank = LayersBottomUp.ToList().IndexOf(folder);
        return rank >= 0 ? rank : throw new InvalidOperationException($"Core folder '{folder}' is not in {nameof(LayersBottomUp)}: give it its place.");
    }

    private static string Describe(FolderEdge e) => $"{e.From} uses {e.To} (above it): {e.User} uses {e.Used}";
}
