namespace SpineDocs.Theme.Models;

public sealed record SourceView(string Title, string? Publisher, string? Url, DateOnly? Date);
