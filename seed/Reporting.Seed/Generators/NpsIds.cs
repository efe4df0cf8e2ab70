using Reporting.Seed.Model;

namespace Reporting.Seed.Generators;

/// <summary>
/// Ids for an account's NPS sends, answers and detractor cases. Answers from the warm-up before the window are
/// never written, so they get no id (and leave no gaps in the numbering) and open no case; nor are warm-up sends.
/// </summary>
internal sealed class NpsIds(SeedWindow window, int accountNumber, IdSequence responses)
{
    private const string WarmUp = "";

    private readonly IdSequence cases = new(n => SeedIds.Case(accountNumber, n));
    private readonly IdSequence sends = new(n => SeedIds.Send(accountNumber, n));

    public string Response(DateTime respondedAt) => respondedAt >= window.Start ? responses.Next() : WarmUp;

    public string Send(DateTime sentAt) => sentAt >= window.Start ? sends.Next() : WarmUp;

    public static bool IsWritten(string id) => id.Length > 0;

    public string Case() => cases.Next();

    public static bool IsWritten(SurveyResponseRow row) => row.ResponseId.Length > 0;
}
