using Reporting.ClickHouse;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Storage;

public sealed class DatabaseLocationTests
{
    private const string Root = "/srv/reporting";

    [Fact]
    public void A_path_is_a_duckdb_file_resolved_against_the_root()
    {
        var location = Parse("data/cs.duckdb");
        Assert.Equal(new DuckDbFile("/srv/reporting/data/cs.duckdb"), location);
        Assert.Equal("/srv/reporting/data/cs.duckdb", location.LocalPath);
    }

    [Fact]
    public void Chdb_names_a_folder_holding_the_engine_and_the_local_file()
    {
        var location = Assert.IsType<EmbeddedClickHouse>(Parse("chdb:data/ch"));
        Assert.Equal(("/srv/reporting/data/ch/clickhouse", "reporting", "/srv/reporting/data/ch/reporting.duckdb", "chdb:/srv/reporting/data/ch"),
            (location.EngineFolder, location.Database, location.LocalPath, location.ToString()));
    }

    [Fact]
    public void Chdb_may_name_a_database_of_its_own()
    {
        var location = Assert.IsType<EmbeddedClickHouse>(Parse("chdb:/tmp/ch?database=acme_1"));
        Assert.Equal(("acme_1", "/tmp/ch/acme_1.duckdb", "chdb:/tmp/ch?database=acme_1"), (location.Database, location.LocalPath, location.ToString()));
    }

    [Fact]
    public void A_clickhouse_address_keeps_its_parts_and_a_local_file()
    {
        var location = Assert.IsType<ClickHouseServer>(Parse("clickhouse://cs:secret@ch.internal:8123/cs?cluster=main"));
        Assert.Equal(new ClickHouseServerAddress("ch.internal", 8123, false, "cs", "secret", "cs", "main"), location.Address);
        Assert.Equal("/srv/reporting/data/local.duckdb", location.LocalPath);
        Assert.DoesNotContain("secret", location.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Reporting:Database is empty: give a DuckDB file, chdb:DIR or clickhouse://host:8123/database.")]
    [InlineData("chdb:", "Reporting:Database names no folder: write chdb:DIR, e.g. chdb:data/clickhouse.")]
    [InlineData("chdb:x?db=y", "Reporting:Database has an unknown option 'db': the one option of chdb:DIR is ?database=NAME.")]
    [InlineData("chdb:x?database=a`b", "Reporting:Database names a database that is not a plain name (letters, digits, _; at most 64).")]
    [InlineData("clickhouse://h/db?shard=1", "Reporting:Database has an unknown option 'shard': the one option is ?cluster=NAME.")]
    public void A_wrong_setting_is_named_with_what_is_wrong(string text, string message)
    {
        var error = Assert.Throws<DatabaseLocationException>(() => Parse(text));
        Assert.Equal((message, "Reporting:Database"), (error.Message, error.Setting));
    }

    private static DatabaseLocation Parse(string text) => DatabaseLocation.Parse(text, "Reporting:Database", Root, "data/local.duckdb");
}
