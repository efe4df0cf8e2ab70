using System.Diagnostics;
using MimeKit;

namespace Reporting.Tests.Fixtures.Smtp;

/// <summary>
/// A real SMTP server on loopback for the delivery tests: Debian's aiosmtpd (python3-aiosmtpd) run by
/// smtp_sink.py, which writes every message it accepts to a folder; read back here with MimeKit.
/// <c>failFirst</c> answers the first N transactions 421 (service not available). Disposing stops it.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly Process process;

    private SmtpSink(Process process, int port, string directory)
    {
        this.process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    /// <summary>The interpreter with aiosmtpd: SMTP_PYTHON, else Debian's /usr/bin/python3.</summary>
    public static string Python => Environment.GetEnvironmentVariable("SMTP_PYTHON") is { Length: > 0 } python ? python : "/usr/bin/python3";

    public static SmtpSink Start(int failFirst = 0, int port = 0)
    {
        var directory = Path.Combine(Path.GetTempPath(), "smtp-sink-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var script = Path.Combine(AppContext.BaseDirectory, "Smtp", "smtp_sink.py");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--dir", directory, "--fail-first", failFirst.ToString(System.Globalization.CultureInfo.InvariantCulture), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var ready = process.StandardOutput.ReadLine();
        if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
        {
            var error = process.StandardError.ReadToEnd();
            throw new InvalidOperationException(
                $"The SMTP test server did not start ({error.Trim()}). It needs Debian's python3-aiosmtpd: apt-get install -y python3-aiosmtpd (or SMTP_PYTHON=an interpreter with aiosmtpd).");
        }
        return new SmtpSink(process, int.Parse(ready[6..], System.Globalization.CultureInfo.InvariantCulture), directory);
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() => System.IO.Directory.GetFiles(Directory, "*.eml")
        .Order(StringComparer.Ordinal)
        .Select(file => MimeMessage.Load(file))
        .ToList();

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000))
            {
                process.Kill();
            }
        }
        finally
        {
            process.Dispose();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
