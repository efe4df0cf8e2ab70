using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Reporting.Core.Ingest.Reading;

/// <summary>Finds the first line that is not UTF-8 text, streaming (only when a reader refused the file).</summary>
internal static class Utf8Lines
{
    /// <summary>The line and the first byte that UTF-8 does not allow; null when the whole file is UTF-8.</summary>
    public static (long Line, byte Byte)? FirstInvalid(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var current = new MemoryStream();
        long line = 1;
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            if (value == '\n')
            {
                if (Invalid(current) is { } bad)
                {
                    return (line, bad);
                }
                current.SetLength(0);
                line++;
                continue;
            }
            current.WriteByte((byte)value);
        }
        return Invalid(current) is { } last ? (line, last) : null;
    }

    private static byte? Invalid(MemoryStream line)
    {
        var rest = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (Utf8.IsValid(rest))
        {
            return null;
        }
        while (!rest.IsEmpty && Rune.DecodeFromUtf8(rest, out _, out var consumed) == OperationStatus.Done)
        {
            rest = rest[consumed..];
        }
        return rest.IsEmpty ? null : rest[0];
    }
}
