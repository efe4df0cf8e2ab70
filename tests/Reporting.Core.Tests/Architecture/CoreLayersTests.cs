using Reporting.Core.Cube.Model;

namespace Reporting.Core.Tests.Architecture;

/// <summary>
/// Every folder of Reporting.Core (namespace Reporting.Core.X) uses only folders below it, so no two
/// folders depend on each other and a folder can be read, tested and changed with only what is below.
/// </summary>
public sealed class CoreLayersTests
{
    /// <summary>
    /// The folders from the bottom up. Below: plain text, CSV, SQL naming, telemetry, the schema and
    /// the database (which restricts every connection to the ambient read scope it holds, without
    /// knowing the rules), the ClickHouse warehouse its loads are published to; then who may see what (Access: scopes, team, audit, kept in the database);
    /// the period rules, the theme dictionary and the semantic layer (Cube, with the theme measures),
    /// fact loading and the survey rules; then the features built on cube queries, each on what it
    /// reads: KPIs (computed KPIs come from above through IComputedKpis), dashboards, account cards,
    /// health from KPIs, signals (with the playbook) from KPIs and health, the recovery plan from
    /// signals, revenue outcomes from signals and health; at the top what assembles the others
    /// (closed loop, feature impact, alerts, delivery, the EBR pack).
    /// </summary>
    public static readonly IReadOnlyList<string> LayersBottomUp =
    [
        "Text", "Csv", "Sql", "Telemetry", "Schema", "Storage", "Warehouse", "Access",
        "Periods", "Themes", "Cube", "Ingest", "Surveys",
        "Kpis", "Dashboards", "Accounts", "Health", "Signals", "Planning", "Revenue",
        "ClosedLoop", "FeatureImpact", "Alerts", "Delivery", "Ebr",
    ];

    private static readonly CoreFolderGraph Graph = CoreFolderGraph.Read(typeof(SemanticModel).Assembly.Location);

    [Fact]
    public void Every_folder_has_a_place_in_the_order()
    {
        Assert.Equal(LayersBottomUp.Order(StringComparer.Ordinal), Graph.Folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_folder_uses_only_folders_below_it()
    {
        var upward = Upward(Graph.Edges).Select(Describe).ToList();

        Assert.True(upward.Count == 0, "Core folders using a folder above them:\n" + string.Join("\n", upward));
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
