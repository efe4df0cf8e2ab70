namespace Reporting.DuckDb.Tests;

/// <summary>
/// ClickHouse's placeholders are named and typed in the text ({p1:Int64}); the values stay a
/// positional list, the Nth bound as the parameter named pN, with the same checks as $1.
/// </summary>
public sealed class TypedPlaceholderTests
{
    [Fact]
    public void Typed_positions_and_names_are_read_past_literals_types_and_struct_literals()
    {
        var wanted = SqlPlaceholders.Of("""
            SELECT {p2:DateTime64(6, 'UTC')}, '{p9:Int64}', {p1:Array(String)}, {'a': 1}, {b: 2}, {segment:String} -- {p7:Int64}
            """);

        Assert.Equal(2, wanted.Positional);
        Assert.True(wanted.Typed);
        Assert.Equal(["segment"], wanted.Names);
    }

    [Fact]
    public void A_DuckDb_statement_has_no_typed_placeholders()
    {
        var wanted = SqlPlaceholders.Of("SELECT $1, {'x': $2}");

        Assert.Equal(2, wanted.Positional);
        Assert.False(wanted.Typed);
    }

    [Fact]
    public void The_nth_value_binds_as_pn_and_a_missing_one_throws()
    {
        using var db = MemoryDatabase.With("SELECT 1");

        using var command = BoundCommand.Create(db.Connection, "SELECT {p1:String} WHERE x IN ({p2:Int64})", ["a", 5L]);
        var error = Assert.Throws<ArgumentException>(() => BoundCommand.Create(db.Connection, "SELECT {p1:String}, {p2:Int64}", ["a"]));

        Assert.Equal(["p1", "p2"], command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => p.ParameterName));
        Assert.Equal(["a", (object)5L], command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => p.Value));
        Assert.StartsWith("The statement takes 2 parameter(s) but 1 value(s) were given.", error.Message, StringComparison.Ordinal);
    }
}
