using Reporting.Core.Ingest.Profiles;
using Reporting.Core.Ingest.Reading;

namespace Reporting.Core.Ingest.Staging;

/// <summary>A file in the staging area with the sources its profile found for each field.</summary>
internal sealed record StagedFile(SourceFile File, IReadOnlyDictionary<string, FieldSource> Sources, IReadOnlyList<string> Ignored)
{
    public long Rows { get; set; }
}
