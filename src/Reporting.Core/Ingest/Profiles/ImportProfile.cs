using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>Maps one tool's export onto a canonical layout.</summary>
public abstract class ImportProfile
{
    public abstract SourceFormat Format { get; }

    /// <summary>The kinds this tool's exports can load as.</summary>
    public abstract IReadOnlyList<FactKind> Kinds { get; }

    /// <summary>For each field of <paramref name="layout"/> that the file supplies, where it comes from.</summary>
    public abstract IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options);

    /// <summary>
    /// How an error names the column a missing field comes from: the tool's own column name (the
    /// first it looks for), else the field's own name.
    /// </summary>
    public virtual string ColumnOf(string field, LoadOptions options) =>
        Columns.FirstOrDefault(c => c.Field == field).Names?[0] ?? field;

    /// <summary>The tool's column names for each field, in the order they are looked for.</summary>
    protected virtual IReadOnlyList<(string Field, string[] Names)> Columns => [];

    /// <summary>Maps every field of <see cref="Columns"/> the file has.</summary>
    protected void TakeColumns(Dictionary<string, FieldSource> sources, SourceHeader header)
    {
        foreach (var (field, names) in Columns)
        {
            Take(sources, header, field, names);
        }
    }

    public static ImportProfile For(SourceFormat format) => format switch
    {
        SourceFormat.Native => new NativeProfile(),
        SourceFormat.Zendesk => new ZendeskTicketsProfile(),
        SourceFormat.Delighted => new DelightedProfile(),
        SourceFormat.ZendeskCsat => new ZendeskCsatProfile(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown source format."),
    };

    /// <summary>Maps <paramref name="field"/> to the first of <paramref name="columns"/> the file has.</summary>
    protected static void Take(Dictionary<string, FieldSource> sources, SourceHeader header, string field, params string[] columns)
    {
        if (header.Find(columns) is { } source)
        {
            sources[field] = source;
        }
    }

    /// <summary>The fields found under their canonical names; what a tool's profile starts from.</summary>
    protected static Dictionary<string, FieldSource> ByCanonicalName(KindLayout layout, SourceHeader header)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        foreach (var field in layout.Fields)
        {
            if (header.Find(field.Name) is { } source)
            {
                sources[field.Name] = source;
            }
        }
        return sources;
    }
}

/// <summary>Files in the canonical layouts of DATA.md.</summary>
public sealed class NativeProfile : ImportProfile
{
    public override SourceFormat Format => SourceFormat.Native;

    public override IReadOnlyList<FactKind> Kinds { get; } = Enum.GetValues<FactKind>();

    public override IReadOnlyDictionary<string, FieldSource> Map(KindLayout layout, SourceHeader header, LoadOptions options) =>
        ByCanonicalName(layout, header);
}
