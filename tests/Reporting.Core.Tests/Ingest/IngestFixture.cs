using Reporting.DuckDb;
using System.Text;
using Reporting.Core.Ingest;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Ingest;

/// <summary>An in-memory database and a folder for files written by a test; both go away afterwards.</summary>
public sealed class IngestFixture : IDisposable
{
    public ReportingDatabase Database { get; } = ReportingDatabase.OpenInMemory();

    public string Folder { get; } = Directory.CreateTempSubdirectory("reporting-ingest-").FullName;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    /// <summary>Writes <paramref name="content"/> to a file of the test's folder (copied fixtures too, so rejects land there).</summary>
    public string Write(string name, string content) => Write(name, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Writes with a chosen encoding (a UTF-8 BOM, as Excel writes it).</summary>
    public string Write(string name, string content, Encoding encoding)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content, encoding);
        return path;
    }

    public string Copy(string fixture) => Write(fixture, File.ReadAllText(Fixture(fixture)));

    public LoadReport Load(FactKind kind, string path, Func<LoadOptions, LoadOptions>? configure = null) =>
        FactLoader.Load(Database, [path], (configure ?? (o => o))(new LoadOptions(kind)));

    public LoadReport Load(FactKind kind, IReadOnlyList<string> paths, Func<LoadOptions, LoadOptions>? configure = null) =>
        FactLoader.Load(Database, paths, (configure ?? (o => o))(new LoadOptions(kind)));

    public LoadReport LoadAccounts() => Load(FactKind.Accounts, Fixture("accounts.csv"));

    /// <summary>Contacts C1..C3 of accounts A1..A3, with emails (Delighted matches people by email).</summary>
    public LoadReport LoadContacts() => Committed(Load(FactKind.Contacts, Fixture("contacts.csv")));

    /// <summary>Zendesk tickets 101..104 from the help desk in New York (see ZendeskProfileTests).</summary>
    public LoadReport LoadZendeskTickets() => Committed(Load(FactKind.Tickets, Fixture("zendesk_tickets.csv"), ZendeskInNewYork));

    public static LoadOptions ZendeskInNewYork(LoadOptions options) => options with { Format = SourceFormat.Zendesk, TimeZone = "America/New_York" };

    /// <summary>Asserts the load committed (showing its errors if not) and returns its report.</summary>
    public static LoadReport Committed(LoadReport report)
    {
        Assert.True(report.Committed, string.Join("\n", report.Errors));
        return report;
    }

    /// <summary>All rows of a table as text, ordered, for exact comparisons.</summary>
    public string[] Rows(string sql)
    {
        using var connection = Database.Connect();
        var result = connection.Query(sql);
        return Enumerable.Range(0, result.RowCount)
            .Select(i => string.Join("|", result.Columns.Select(c => Format(c.GetValue(i)))))
            .ToArray();
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
