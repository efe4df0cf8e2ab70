namespace Reporting.Core.Ingest.Validation;

/// <summary>The checks as one UNION ALL of filtered scans; names and reasons travel as bound parameters.</summary>
internal sealed class RowChecks
{
    private readonly List<string> items = [];
    private readonly List<object?> parameters = [];

    public int Count => items.Count;

    public string Sql => string.Join("\nUNION ALL ", items);

    public object?[] Parameters => [.. parameters];

    public void Add(RowCheck check)
    {
        var source = Bind(check.Source);
        var reason = check.ReasonSql ?? Bind(check.Reason);
        items.Add($"SELECT __file, __record, {items.Count}, {source}, {check.ValueSql}::VARCHAR, {reason}, NULL, NULL FROM {Staging.StagingArea.Typed} t WHERE {check.Condition}");
    }

    private string Bind(string value)
    {
        parameters.Add(value);
        return $"${parameters.Count}::VARCHAR";
    }
}
