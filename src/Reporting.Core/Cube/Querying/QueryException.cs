using Reporting.Core.Text;

namespace Reporting.Core.Cube.Querying;

/// <summary>A query the model cannot answer; <see cref="Member"/> names the part at fault (a 400 for the API).</summary>
public sealed class QueryException(string member, string problem) : Exception($"{Echo.Short(member)}: {Echo.Quotes(problem)}")
{
    public string Member { get; } = Echo.Short(member);
}
