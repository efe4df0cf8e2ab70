namespace Reporting.ClickHouse.Chdb;

/// <summary>An embedded ClickHouse (chdb:DIR) was asked for and libchdb.so is not installed.</summary>
public sealed class ChdbMissingException(string? named) : InvalidOperationException(named is null
    ? $"chDB (libchdb.so) is not installed: run {ChdbLibrary.InstallScript}, or set {ChdbLibrary.EnvironmentVariable} to the library's path."
    : $"{ChdbLibrary.EnvironmentVariable} names '{named}', which does not exist: run {ChdbLibrary.InstallScript} and unset it, or point it at libchdb.so.");
