namespace Reporting.Seed.Stories;

/// <summary>
/// An account's archetype over time: the curves (0..1 per month) that the effect tables scale. Month 0
/// is the first month of the window; curves use the middle of a month so short windows still ramp.
/// </summary>
internal sealed class AccountStory(AccountArchetype archetype, int months)
{
    /// <summary>The playbooks' "last six months": the stories that build up start here.</summary>
    private const int BuildUpMonths = 6;

    /// <summary>NPS reacts about one quarter after operations degrade.</summary>
    private const int SentimentLagMonths = 3;

    public AccountArchetype Archetype => archetype;

    public int Months => months;

    /// <summary>0 before the last six months, rising to 1 in the final month.</summary>
    public double Decline(int month) => Math.Clamp((month - (months - BuildUpMonths) + 1) / (double)BuildUpMonths, 0, 1);

    /// <summary>The decline seen in sentiment: starts one quarter later and then falls twice as fast.</summary>
    public double LaggedDecline(int month) => Math.Clamp(2 * Decline(month - SentimentLagMonths), 0, 1);

    /// <summary>0..1 over the whole window: the slow drift of the passive story.</summary>
    public double Drift(int month) => months <= 1 ? 0 : Math.Clamp(month / (double)(months - 1), 0, 1);

    /// <summary>A triangle from 30 % to 65 % of the window, peaking at 45 %: the recovering account's bad spell.</summary>
    public double Dip(int month)
    {
        var (start, peak, end) = DipShape();
        var x = month + 0.5;
        if (x <= start || x >= end)
        {
            return 0;
        }
        return x < peak ? (x - start) / (peak - start) : (end - x) / (end - peak);
    }

    /// <summary>0 until the dip is over, then rising to about 1 by the end of the window.</summary>
    public double Recovery(int month)
    {
        var (_, _, end) = DipShape();
        return Math.Clamp((month + 0.5 - end) / (months - end), 0, 1);
    }

    /// <summary>From the dip's peak on, the team runs the recovery playbook (fast first contact, EBR).</summary>
    public bool PastDipPeak(int month) => month + 0.5 > DipShape().Peak;

    /// <summary>The month of the dip's peak, when the executive outreach happens.</summary>
    public int DipPeakMonth => (int)Math.Floor(DipShape().Peak);

    private (double Start, double Peak, double End) DipShape() => (months * 0.30, months * 0.45, months * 0.65);
}
