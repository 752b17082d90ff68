namespace SpineDocs.Content;

/// <summary>A cross-link or <c>.md</c> link resolved to the page URL it points at.</summary>
public sealed record ResolvedLink(string Url, string Title);
