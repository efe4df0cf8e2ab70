using System.Text;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// A file a load was given, checked before any reader touches it: it exists and is a file, it is
/// what its extension says, and it is UTF-8 (or is re-encoded into a UTF-8 copy: UTF-16 with a byte
/// order mark, or Latin-1 when the load says so). Reads only the first 64 KiB, except to re-encode.
/// </summary>
internal sealed record FileOnDisk(string Path, string Name, string ReadPath, string? Note)
{
    public static FileOnDisk Check(string path, string name, TextEncoding encoding, ScratchFolder scratch)
    {
        if (Directory.Exists(path))
        {
            throw LoadFailure.ForFile(name, "is a folder, not a file", "name the export files inside it");
        }
        if (!File.Exists(path))
        {
            throw LoadFailure.ForFile(name, "the file does not exist");
        }
        if (new FileInfo(path).Length == 0)
        {
            throw LoadFailure.ForFile(name, "the file is empty");
        }
        var start = FileStart.Read(path);
        var format = SourceFile.FormatOf(path);
        RequireFormat(name, format, start);
        if (format == FileFormat.Parquet)
        {
            return new FileOnDisk(path, name, path, null);
        }
        if (start.MarkedEncoding is { } marked && marked != Encoding.UTF8)
        {
            var described = marked == Encoding.Unicode ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)";
            return Reencoded(path, name, marked, scratch, $"read as {described}, as its byte order mark says");
        }
        return encoding == TextEncoding.Latin1 && start.MarkedEncoding is null
            ? Reencoded(path, name, Encoding.Latin1, scratch, "read as Latin-1 (--encoding latin1)")
            : new FileOnDisk(path, name, path, null);
    }

    /// <summary>A file that is not what its extension says cannot load; say what it looks like instead.</summary>
    private static void RequireFormat(string name, FileFormat format, FileStart start)
    {
        if (format == FileFormat.Parquet && !start.IsParquet)
        {
            throw LoadFailure.ForFile(name, "is named .parquet but is not a Parquet file",
                start.FirstCharacter is '{' or '[' ? "it looks like JSON: rename it to .jsonl" : "it looks like text: if it is CSV, rename it to .csv");
        }
        if (format != FileFormat.Parquet && start.IsParquet)
        {
            throw LoadFailure.ForFile(name, $"is a Parquet file named {System.IO.Path.GetExtension(name)}", "rename it to .parquet");
        }
        if (format != FileFormat.Parquet && start.LooksLikeUnmarkedUtf16)
        {
            throw LoadFailure.ForFile(name, "looks like UTF-16 text without a byte order mark", "save it as UTF-8, or as UTF-16 with a byte order mark");
        }
        if (format == FileFormat.JsonLines && start.FirstCharacter == '[')
        {
            throw LoadFailure.ForFile(name, "holds a JSON array; JSON lines hold one object per line, with no [ ] around them",
                "convert it with jq -c '.[]' FILE.json > FILE.jsonl");
        }
    }

    private static FileOnDisk Reencoded(string path, string name, Encoding from, ScratchFolder scratch, string note)
    {
        var copy = scratch.File($"{Guid.NewGuid():N}{System.IO.Path.GetExtension(path)}");
        using (var reader = new StreamReader(path, from, detectEncodingFromByteOrderMarks: true))
        using (var writer = new StreamWriter(copy, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, read);
            }
        }
        return new FileOnDisk(path, name, copy, note);
    }
}
