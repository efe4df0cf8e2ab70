using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>FROM the cube's fact table (aliased by the cube's name) LEFT JOIN each dimension table on its key.</summary>
public static class FromClause
{
    public static string Of(CubeDefinition cube)
    {
        var alias = SqlIdentifier.Quote(cube.Name);
        var joins = cube.Joins.Select(j =>
        {
            var join = SqlIdentifier.Quote(j.Name);
            var key = SqlIdentifier.Quote(j.Key);
            return $"LEFT JOIN {SqlIdentifier.Quote(j.Table)} AS {join} ON {join}.{key} = {alias}.{key}";
        });
        return string.Join(" ", new[] { $"FROM {SqlIdentifier.Quote(cube.Table)} AS {alias}" }.Concat(joins));
    }
}
