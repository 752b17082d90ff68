namespace SpineDocs.Content;

/// <summary>A published work a page's facts rest on.</summary>
public sealed record SourceRef(string Title, string? Publisher, string? Url, DateOnly? Date);
