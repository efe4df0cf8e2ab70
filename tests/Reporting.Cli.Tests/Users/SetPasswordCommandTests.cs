using Reporting.DuckDb;
using System.Diagnostics;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Users;

/// <summary>`reporting users set-password EMAIL`, the password piped in on standard input.</summary>
public sealed class SetPasswordCommandTests : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly TeamFolder folder = new();

    public SetPasswordCommandTests() => folder.LoadTeam();

    [Fact]
    public void A_piped_password_is_set_for_the_member_whatever_the_case_of_the_email_and_audited_without_it()
    {
        var (exitCode, output) = CliRun.InvokeWithInput(Password + "\nignored second line\n", "users", "set-password", "ANA@example.com", "--db", folder.Db);

        Assert.Equal(0, exitCode);
        Assert.Equal("Password set for ana@example.com.", output.Trim());
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.Equal(PasswordCheck.Accepted, new Credentials(database).Verify("ana@example.com", Password, DateTimeOffset.UtcNow));
        var entry = new AuditLog(database).Recent(1)[0];
        Assert.Equal(("cli", AuditActions.UserChange, "ana@example.com", "ok", "password set"), (entry.Actor, entry.Action, entry.Target, entry.Outcome, entry.Detail));
        Assert.Equal(0L, AuditRowsMentioning(database, "horse"));
    }

    [Fact]
    public void An_unknown_member_is_refused_with_exit_code_1_and_no_password_is_stored()
    {
        var (exitCode, output) = CliRun.InvokeWithInput(Password + "\n", "users", "set-password", "zed@example.com", "--db", folder.Db);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: zed@example.com is not a team member (load the team first: reporting load --kind team FILE).", output.Trim());
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.False(new Credentials(database).HasPassword("zed@example.com"));
        Assert.Equal(("refused", "zed@example.com"), (new AuditLog(database).Recent(1)[0].Outcome, new AuditLog(database).Recent(1)[0].Target));
    }

    [Theory]
    [InlineData("short pass\n", "error: a password needs at least 12 characters (this one has 10).")]
    [InlineData("\n", "error: no password was given.")]
    [InlineData("", "error: no password was given.")]
    public void A_short_or_missing_password_is_refused_with_exit_code_1(string stdin, string message)
    {
        var (exitCode, output) = CliRun.InvokeWithInput(stdin, "users", "set-password", "bo@example.com", "--db", folder.Db);

        Assert.Equal(1, exitCode);
        Assert.Equal(message, output.Trim());
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.False(new Credentials(database).HasPassword("bo@example.com"));
        Assert.Equal(0L, AuditRowsMentioning(database, "short pass"));
    }

    [Fact]
    public void The_real_program_reads_the_first_line_of_its_redirected_standard_input()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "users", "set-password", "lea@example.com", "--db", folder.Db })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(Password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Password set for lea@example.com.", output.Trim());
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.Equal(PasswordCheck.Accepted, new Credentials(database).Verify("lea@example.com", Password, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void At_a_terminal_the_password_is_typed_twice_and_never_echoed()
    {
        var (exitCode, output) = AtTerminal("ada@example.com", ("New password for ada@example.com: ", Password), ("Again: ", Password));

        Assert.Equal(0, exitCode);
        Assert.Contains("Password set for ada@example.com.", output);
        Assert.DoesNotContain("horse", output, StringComparison.Ordinal);
        Assert.DoesNotContain("*", output, StringComparison.Ordinal);
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.Equal(PasswordCheck.Accepted, new Credentials(database).Verify("ada@example.com", Password, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void At_a_terminal_two_different_passwords_set_nothing()
    {
        var (exitCode, output) = AtTerminal("ada@example.com", ("New password for ada@example.com: ", Password), ("Again: ", Password + "!"));

        Assert.Equal(1, exitCode);
        Assert.Contains("error: the two passwords differ.", output);
        using var database = ReportingDatabase.Open(folder.Db);
        Assert.False(new Credentials(database).HasPassword("ada@example.com"));
    }

    /// <summary>
    /// Runs the real program at a terminal: script(1) gives it a pty, so that it prompts instead of
    /// reading a pipe. Each answer is typed once its prompt has been printed.
    /// </summary>
    private (int ExitCode, string Output) AtTerminal(string email, params (string Prompt, string Typed)[] answers)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reporting.dll");
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qfec", $"dotnet '{cli}' users set-password {email} --db '{folder.Db}'", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        foreach (var (prompt, typed) in answers)
        {
            ReadUntil(process, output, prompt);
            process.StandardInput.Write(typed + "\r");
            process.StandardInput.Flush();
        }
        output.Append(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Reads the program's output until it holds <paramref name="text"/>; fails if the output ends first.</summary>
    private static void ReadUntil(Process process, System.Text.StringBuilder output, string text)
    {
        while (!output.ToString().Contains(text, StringComparison.Ordinal))
        {
            var next = process.StandardOutput.Read();
            Assert.True(next >= 0, $"The output ended before '{text}': {output}");
            output.Append((char)next);
        }
    }

    private static long AuditRowsMentioning(ReportingDatabase database, string text)
    {
        using var connection = database.Connect();
        return Convert.ToInt64(connection.Query(
            "SELECT count(*) FROM audit_event WHERE contains(concat_ws('|', actor, action, target, origin, outcome, detail), $1)", text).Scalar());
    }

    public void Dispose() => folder.Dispose();
}
