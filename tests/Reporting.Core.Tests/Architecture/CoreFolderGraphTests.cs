namespace Reporting.Core.Tests.Architecture;

/// <summary>The graph reader sees a use however it is written: in a body, a lambda, an async method or a generic argument.</summary>
public sealed class CoreFolderGraphTests
{
    [Fact]
    public void Every_kind_of_use_makes_an_edge_and_nothing_else_does()
    {
        var graph = CoreFolderGraph.Read(typeof(CoreFolderGraphTests).Assembly.Location, "Reporting.Core.Tests.Architecture.Samples.");

        Assert.Equal(["UsesInAsync", "UsesInBody", "UsesInGeneric", "UsesInLambda"], graph.Edges.Where(e => e.To == "Bottom").Select(e => e.From).Order());
        Assert.Equal(4, graph.Edges.Count);
        Assert.Equal(["Bottom", "None", "UsesInAsync", "UsesInBody", "UsesInGeneric", "UsesInLambda"], graph.Folders.Order());
        Assert.Equal("Reporting.Core.Tests.Architecture.Samples.Bottom.Brick", graph.Edges.First().Used);
    }
}
