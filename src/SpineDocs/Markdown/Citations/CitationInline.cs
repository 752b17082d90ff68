using Markdig.Syntax.Inlines;

namespace SpineDocs.Markdown.Citations;

/// <summary><c>[^source-id]</c>: the sentence before it rests on the page's source with that id.</summary>
public sealed class CitationInline : LeafInline
{
    public required string Id { get; init; }
}
