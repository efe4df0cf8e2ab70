using System.Globalization;

namespace Reporting.Seed.Model;

/// <summary>Readable natural keys that carry their account number, so ids never depend on generation order across accounts.</summary>
internal static class SeedIds
{
    public static string Contact(int account, int n) => Format("CON", account, n, "D2");

    public static string Ticket(int account, int n) => Format("TCK", account, n, "D5");

    public static string Response(int account, int n) => Format("RSP", account, n, "D5");

    public static string Send(int account, int n) => Format("SND", account, n, "D5");

    public static string Case(int account, int n) => Format("CASE", account, n, "D3");

    public static string Meeting(int account, int n) => Format("MTG", account, n, "D3");

    public static string Request(int account, int n) => Format("REQ", account, n, "D3");

    public static string Movement(int account, int n) => Format("MOV", account, n, "D3");

    public static string User(int account, int n) => Format("USR", account, n, "D4");

    private static string Format(string prefix, int account, int n, string width) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{account:D4}-{n.ToString(width, CultureInfo.InvariantCulture)}");
}
