namespace Reporting.Seed.Stories;

/// <summary>The story an account's demo data tells (sentiment-recovery playbook scenarios).</summary>
public enum AccountArchetype
{
    /// <summary>Steady: mostly promoters, quick support, stable engagement.</summary>
    Healthy,

    /// <summary>Over the last six months handoffs and reopens rise; NPS falls one quarter later; comments cite handoffs and chasing.</summary>
    DeathByHandoffs,

    /// <summary>Over the last six months QBRs are missed and logins and feature use fall; few complaints.</summary>
    SilentDisengage,

    /// <summary>The passive share (scores 7–8) grows across the period while NPS stays roughly flat.</summary>
    PassiveDrift,

    /// <summary>Dips mid-period (incidents, slow responses), then faster detractor contact and improving NPS.</summary>
    Recovering,
}
