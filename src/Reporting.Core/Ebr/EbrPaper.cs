namespace Reporting.Core.Ebr;

/// <summary>The paper a pack is printed on.</summary>
public enum EbrPaper
{
    A4,
    Letter,
}
