namespace Reporting.DuckDb.Tests;

/// <summary>
/// Tests that count live native handles (a process-wide number) or measure process memory. xunit
/// runs a collection with parallelization disabled on its own, after every parallel collection has
/// finished, so no other test opens or closes handles meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeResourcesCollection
{
    public const string Name = "Native resources (runs alone)";
}
