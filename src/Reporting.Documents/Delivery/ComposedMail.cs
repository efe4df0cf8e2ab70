namespace Reporting.Documents.Delivery;

/// <summary>A message's words: the subject (one line) and the HTML and plain-text parts.</summary>
public sealed record ComposedMail(string Subject, string Html, string Text);
