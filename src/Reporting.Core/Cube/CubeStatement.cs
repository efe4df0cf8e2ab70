using Reporting.Core.Cube.Compiling;

namespace Reporting.Core.Cube;

/// <summary>A statement a cube query runs ("query", or "compare" for the compared period), its SQL and its bound parameters in order.</summary>
public sealed record CubeStatement(string Purpose, string Sql, IReadOnlyList<object?> Parameters)
{
    public CubeStatement(string purpose, CompiledQuery compiled) : this(purpose, compiled.Sql, compiled.Parameters)
    {
    }
}
