namespace SpineDocs.Content;

/// <summary>A slug named in a page's <c>related</c> list, with where it was written.</summary>
public sealed record RelatedRef(string Slug, Position At);
