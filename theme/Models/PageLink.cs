namespace SpineDocs.Theme.Models;

/// <summary>A link to a page as navigation and listings show it.</summary>
public sealed record PageLink(string Title, string Url, string? Summary = null);
