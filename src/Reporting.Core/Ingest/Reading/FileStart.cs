using System.Text;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// The first bytes of a file (at most 64 KiB, read once): enough to tell a byte order mark, a
/// Parquet file's magic number, or a JSON array from JSON lines, without reading the whole file.
/// </summary>
internal sealed class FileStart
{
    private const int Size = 1 << 16;

    private static readonly byte[] ParquetMagic = "PAR1"u8.ToArray();

    private readonly byte[] bytes;

    private FileStart(byte[] bytes) => this.bytes = bytes;

    public static FileStart Read(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(Size, stream.Length)];
        stream.ReadExactly(buffer);
        return new FileStart(buffer);
    }

    public bool IsParquet => bytes.AsSpan().StartsWith(ParquetMagic);

    /// <summary>The encoding a byte order mark declares, or null without one.</summary>
    public Encoding? MarkedEncoding => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>Text without a mark in which every other byte is NUL: UTF-16 that did not say so.</summary>
    public bool LooksLikeUnmarkedUtf16 =>
        MarkedEncoding is null && bytes.Length >= 4 && bytes.Count(b => b == 0) * 3 >= bytes.Length;

    /// <summary>The first character that is not white space (after any UTF-8 mark).</summary>
    public char FirstCharacter
    {
        get
        {
            var start = MarkedEncoding == Encoding.UTF8 ? 3 : 0;
            var first = bytes.Skip(start).FirstOrDefault(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'));
            return (char)first;
        }
    }

    /// <summary>The first line's bytes (up to the first line break outside quotes, within what was read).</summary>
    public ReadOnlySpan<byte> FirstLine(byte quote)
    {
        var quoted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == quote)
            {
                quoted = !quoted;
            }
            else if (!quoted && bytes[i] is (byte)'\n' or (byte)'\r')
            {
                return bytes.AsSpan(0, i);
            }
        }
        return bytes;
    }
}
