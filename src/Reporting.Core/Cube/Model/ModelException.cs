namespace Reporting.Core.Cube.Model;

/// <summary>
/// The semantic model cannot be used: names every problem found, each with its file and member, so
/// start-up fails clearly and one run shows everything to fix.
/// </summary>
public sealed class ModelException : Exception
{
    public ModelException(string file, string problem)
        : this([new ModelProblem(file, problem)])
    {
    }

    /// <summary>Problems joined with "; ", as the KPI catalog and the playbook report theirs.</summary>
    public ModelException(IReadOnlyList<ModelProblem> problems)
        : base(string.Join("; ", problems))
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        Problems = problems;
    }

    /// <summary>The file of the first problem.</summary>
    public string File => Problems[0].File;

    public IReadOnlyList<ModelProblem> Problems { get; }
}
