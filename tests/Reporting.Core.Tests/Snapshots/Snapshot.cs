using System.Runtime.CompilerServices;

namespace Reporting.Core.Tests.Snapshots;

/// <summary>
/// Golden-file assertions in Verify's conventions: "Class.Method.verified.txt" beside the test is
/// the accepted text; on a difference "….received.txt" is written next to it and the test fails.
/// Accept a change by reviewing the received file and renaming it to verified.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string file = "", [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(file)!;
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(file)}.{name ?? member}");
        var verified = stem + ".verified.txt";
        var received = stem + ".received.txt";
        var text = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == text)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail(File.Exists(verified)
            ? $"The snapshot differs: compare {received} with {verified}."
            : $"No accepted snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}.");
    }
}
