using Reporting.ClickHouse;
using Reporting.ClickHouse.Chdb;

namespace Reporting.ClickHouse.Tests;

public sealed class ClickHouseServerAddressTests
{
    [Fact]
    public void A_full_address_gives_each_part_and_shows_no_password()
    {
        var address = ClickHouseServerAddress.Parse("clickhouse://cs%40acme:p%40ss%3Aword@ch.internal:9123/cs_reporting?cluster=main");
        Assert.Equal(new ClickHouseServerAddress("ch.internal", 9123, false, "cs@acme", "p@ss:word", "cs_reporting", "main"), address);
        Assert.Equal("clickhouse://cs@acme@ch.internal:9123/cs_reporting?cluster=main", address.ToString());
    }

    [Theory]
    [InlineData("clickhouse://ch", 8123, false, "default", "default")]
    [InlineData("clickhouses://ch/x", 8443, true, "default", "x")]
    public void Defaults_fill_what_the_address_leaves_out(string url, int port, bool secure, string user, string database)
    {
        var address = ClickHouseServerAddress.Parse(url);
        Assert.Equal((port, secure, user, database, "", (string?)null), (address.Port, address.Secure, address.User, address.Database, address.Password, address.Cluster));
    }

    [Theory]
    [InlineData("postgres://h/db", "is not a ClickHouse address")]
    [InlineData("clickhouse://h/a/b", "names a path, not one database")]
    [InlineData("clickhouse://h/db?shard=1", "unknown option 'shard'")]
    public void A_wrong_address_says_what_is_wrong(string url, string problem)
    {
        Assert.Contains(problem, Assert.Throws<FormatException>(() => ClickHouseServerAddress.Parse(url)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_library_names_the_install_script_or_the_setting()
    {
        Assert.Equal("chDB (libchdb.so) is not installed: run scripts/install-chdb.sh, or set REPORTING_CHDB_LIB to the library's path.", new ChdbMissingException(null).Message);
        Assert.Contains("REPORTING_CHDB_LIB names '/nowhere/libchdb.so', which does not exist", new ChdbMissingException("/nowhere/libchdb.so").Message, StringComparison.Ordinal);
    }
}
