using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Kpis;

/// <summary>Answers a cube query: the engine itself, or a cache in front of it (the web's).</summary>
public delegate CubeResult CubeQueryRunner(CubeQuery query, DateOnly today, CancellationToken cancellationToken);
