namespace Reporting.Core.Cube.Model;

/// <summary>One problem of the semantic model: the file it is in and what is wrong ("cube.member: …").</summary>
public sealed record ModelProblem(string File, string Problem)
{
    public override string ToString() => $"{File}: {Problem}";
}
