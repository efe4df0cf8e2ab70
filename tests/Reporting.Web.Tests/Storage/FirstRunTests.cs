using Reporting.DuckDb;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Web.Tests.Operations;
using Reporting.Core.Storage;

namespace Reporting.Web.Tests.Storage;

public sealed class FirstRunTests
{
    [Fact]
    public async Task A_database_seeded_before_start_is_shown_on_the_data_page()
    {
        using var factory = new ReportingWebFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/data");

        Assert.True(File.Exists(factory.DatabasePath));
        var summary = DataSummary.Read(factory.Database);
        Assert.Equal(6L, summary.Tables.Single(t => t.Table == "dim_account").Rows);
        Assert.All(summary.Tables, t => Assert.True(t.Rows > 0, $"{t.Table} was not seeded"));
        foreach (var table in summary.Tables)
        {
            Assert.Equal(table.Rows.ToString("N0"), RowsShownFor(html, table.Table));
        }
        Assert.Contains($"<strong data-testid=\"total-rows\">{summary.TotalRows:N0}</strong>", html);
        Assert.Equal(1L, summary.DataVersion);
    }

    [Fact]
    public async Task An_existing_database_is_served_as_it_is()
    {
        using var factory = new ReportingWebFactory();
        Directory.CreateDirectory(Path.GetDirectoryName(factory.DatabasePath)!);
        using (var existing = ReportingDatabase.Open(factory.DatabasePath))
        using (var connection = existing.Connect())
        {
            connection.Execute("INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB'), ('A2', 'Globex', 'Enterprise')");
        }
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/data");

        Assert.Equal("2", RowsShownFor(html, "dim_account"));
        Assert.Equal("0", RowsShownFor(html, "fact_ticket"));
        Assert.Contains("<strong data-testid=\"total-rows\">2</strong>", html);
    }

    [Fact]
    public async Task The_server_does_not_seed_a_missing_database_and_its_log_says_how_to()
    {
        var logs = new CapturedLogs();
        using var server = new ReportingWebFactory(new() { [ReportingWebFactory.Seed] = "false" });
        using var factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddLogging(logging => logging.AddProvider(logs))));
        using var client = await factory.CreateAdminClientAsync();

        var html = await client.GetStringAsync("/data");

        Assert.Contains("The database is empty.", html);
        Assert.Equal("0", RowsShownFor(html, "dim_account"));
        var notice = Assert.Single(logs.Lines, l => l.Contains("holds no data", StringComparison.Ordinal));
        Assert.StartsWith("Warning Reporting.Web.Storage.EmptyDatabaseNotice: ", notice, StringComparison.Ordinal);
        Assert.Contains($"The database {server.DatabasePath} holds no data. Seed demo data with `dotnet run --project src/Reporting.Cli -- seed --db {server.DatabasePath} --if-empty`", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_holding_only_a_loaded_team_is_served_with_the_team_kept()
    {
        using var factory = new ReportingWebFactory();
        Directory.CreateDirectory(Path.GetDirectoryName(factory.DatabasePath)!);
        using (var existing = ReportingDatabase.Open(factory.DatabasePath))
        using (var connection = existing.Connect())
        {
            connection.Execute("INSERT INTO dim_team_member VALUES ('ada@x.io', 'Ada', 'admin', NULL)");
        }
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/data");

        Assert.Equal("0", RowsShownFor(html, "dim_account"));
        using var check = factory.Database.Connect();
        // Ada, and the admin the test client signed in as.
        Assert.Equal("ada@x.io,admin@tests.example", check.Query("SELECT string_agg(email, ',' ORDER BY email) FROM dim_team_member").Scalar());
    }

    [Fact]
    public async Task Health_reports_the_database_and_its_schema()
    {
        using var factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_schema_is_not_the_one_this_build_ships()
    {
        using var factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false" });
        using var client = factory.CreateClient();
        using (var connection = factory.Database.Connect())
        {
            connection.Execute("INSERT INTO schema_version VALUES (99, 'future', TIMESTAMP '2030-01-01')");
        }

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_on_clickhouse_needs_the_warehouse_to_answer_too()
    {
        using var factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false", ["Reporting:Database"] = Reporting.Tests.Chdb.TestWarehouses.NewLocation() });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        using (var warehouse = factory.Database.Warehouse!.Connect())
        {
            warehouse.Execute("DROP TABLE data_version");
        }
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_database_setting_that_is_empty_fails_start_up()
    {
        using var factory = new ReportingWebFactory(new() { ["Reporting:Database"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Database", error.ToString());
    }

    private static string RowsShownFor(string html, string table)
    {
        var match = Regex.Match(html, $"<tr data-table=\"{table}\">.*?<td class=\"num\" data-testid=\"rows\">([^<]*)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row for {table} on the page");
        return match.Groups[1].Value;
    }
}
