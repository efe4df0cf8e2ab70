namespace Reporting.Core.Tests.Cube;

/// <summary>
/// The dimensions the random cases group by, read in C# from the generated rows: a ticket of an
/// account missing from dim_account has no segment, tier or CSM (the LEFT JOIN's NULLs), and a
/// month is its first day, as date_trunc gives it.
/// </summary>
public static class ReferenceDimensions
{
    private static readonly Dictionary<string, Func<RandomCubeData, RandomTicket, object?>> OfTicket = new()
    {
        ["tickets.segment"] = (data, t) => Account(data, t.AccountId)?.Segment,
        ["tickets.tier"] = (data, t) => Account(data, t.AccountId)?.Tier,
        ["tickets.csm"] = (data, t) => Account(data, t.AccountId)?.Csm,
        ["tickets.priority"] = (_, t) => t.Priority,
        ["tickets.channel"] = (_, t) => t.Channel,
        ["tickets.created_at.month"] = (_, t) => Month(t.CreatedAt),
    };

    private static readonly Dictionary<string, Func<RandomCubeData, RandomAnswer, object?>> OfAnswer = new()
    {
        ["surveys.segment"] = (data, a) => Account(data, a.AccountId)?.Segment,
        ["surveys.tier"] = (data, a) => Account(data, a.AccountId)?.Tier,
        ["surveys.survey_type"] = (_, a) => a.SurveyType,
        ["surveys.responded_at.month"] = (_, a) => Month(a.RespondedAt),
    };

    /// <summary>The dimensions a case may draw for a cube.</summary>
    public static IReadOnlyList<string> Pool(string cube) => cube switch
    {
        "tickets" => OfTicket.Keys.ToList(),
        "surveys" => OfAnswer.Keys.ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(cube), cube, "random data fills the tickets and surveys cubes only"),
    };

    /// <summary>The cube's time dimension, which a date range applies to.</summary>
    public static string Time(string cube) => cube switch
    {
        "tickets" => "tickets.created_at",
        "surveys" => "surveys.responded_at",
        _ => throw new ArgumentOutOfRangeException(nameof(cube), cube, "random data fills the tickets and surveys cubes only"),
    };

    /// <summary>The rows of one group: those whose values of <paramref name="dimensions"/> make <paramref name="key"/>.</summary>
    public static RandomCubeData Group(RandomCubeData data, IReadOnlyList<string> dimensions, string key) => data with
    {
        Tickets = dimensions.All(OfTicket.ContainsKey)
            ? data.Tickets.Where(t => GroupingLevels.Key(dimensions.Select(d => OfTicket[d](data, t))) == key).ToList()
            : [],
        Answers = dimensions.All(OfAnswer.ContainsKey)
            ? data.Answers.Where(a => GroupingLevels.Key(dimensions.Select(d => OfAnswer[d](data, a))) == key).ToList()
            : [],
    };

    private static RandomAccount? Account(RandomCubeData data, string id) => data.Accounts.FirstOrDefault(a => a.Id == id);

    private static DateOnly Month(DateTime at) => new(at.Year, at.Month, 1);
}
