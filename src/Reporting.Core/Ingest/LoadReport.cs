namespace Reporting.Core.Ingest;

/// <summary>What a load did. <see cref="Committed"/> is false when errors stopped it and nothing changed.</summary>
public sealed record LoadReport
{
    public required FactKind Kind { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public bool Committed { get; init; }

    public long RowsRead { get; init; }

    public long Inserted { get; init; }

    public long Replaced { get; init; }

    /// <summary>Rows the load removed because it lacked their key (a team load is the whole team).</summary>
    public long Removed { get; init; }

    public long Rejected { get; init; }

    /// <summary>Columns of the files that no field uses, per file.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>How files were read, where that is worth saying (e.g. "export.csv: read as UTF-16 (little-endian) …").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The first errors (up to the configured maximum) in file and line order.</summary>
    public IReadOnlyList<LoadError> Errors { get; init; } = [];

    public long ErrorCount { get; init; }

    /// <summary>Where rejected rows were written (with --skip-invalid).</summary>
    public IReadOnlyList<string> RejectFiles { get; init; } = [];

    public double Seconds { get; init; }

    /// <summary>How long each step took, in the order they ran.</summary>
    public IReadOnlyList<LoadStep> Steps { get; init; } = [];

    public long DataVersion { get; init; }

    public double RowsPerSecond => Seconds > 0 ? RowsRead / Seconds : 0;
}

/// <summary>Progress of a load: a stage and how far it is.</summary>
public sealed record LoadProgress(string Stage, long Done, long Total);
