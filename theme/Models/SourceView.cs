namespace SpineDocs.Theme.Models;

/// <summary>A source as the list of sources shows it; <see cref="Anchor"/> is the id citations link to.</summary>
public sealed record SourceView(string Anchor, string Title, string? Publisher, string? Url, DateOnly? Date);
