namespace SpineDocs.Content;

/// <summary>A link the page's Markdown makes to another page: a <c>[[slug#anchor]]</c> cross-link, or a relative <c>.md</c> link (<paramref name="Slug"/> null).</summary>
public sealed record LinkRef(string Key, string? Slug, string? Anchor, Position At);
