namespace Reporting.Core.Planning;

/// <summary>A recovery plan answers fired signals; a sustain plan keeps a healthy account where it is.</summary>
public enum PlanKind
{
    Recovery,
    Sustain,
}
