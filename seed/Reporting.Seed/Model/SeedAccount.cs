namespace Reporting.Seed.Model;

/// <summary>An account and the rows later stages build on (surveys need tickets, cases and sends come from the surveys).</summary>
internal sealed class SeedAccount(AccountProfile profile)
{
    public AccountProfile Profile => profile;

    public List<ContactRow> Contacts { get; } = [];

    public List<TicketRow> Tickets { get; } = [];

    public List<DetractorCaseRow> Cases { get; } = [];

    /// <summary>The survey program's sends, filled while the survey stage walks the NPS timeline.</summary>
    public List<SurveySendRow> Sends { get; } = [];
}
