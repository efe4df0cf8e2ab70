namespace Reporting.Core.Sql;

/// <summary>SQL that has no translation into an engine's dialect; the message names what (a function, a format).</summary>
public sealed class SqlTranslationException(string message) : Exception(message);
