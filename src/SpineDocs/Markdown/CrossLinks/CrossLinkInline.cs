using Markdig.Syntax.Inlines;

namespace SpineDocs.Markdown.CrossLinks;

/// <summary><c>[[slug]]</c>, <c>[[slug|text]]</c>, <c>[[slug#anchor]]</c> or <c>[[#anchor]]</c>.</summary>
public sealed class CrossLinkInline : LeafInline
{
    public required string Slug { get; init; }

    public string? Anchor { get; init; }

    public string? Label { get; init; }

    /// <summary>The text between the brackets, the key a page's resolved links are stored under.</summary>
    public required string Key { get; init; }
}
