namespace Reporting.Core.Schema;

/// <summary>One numbered schema change, e.g. 0001_star_schema.sql.</summary>
public sealed record Migration(int Version, string Name, string Sql);
