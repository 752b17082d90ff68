using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>A page's typed, validated front matter.</summary>
public sealed record PageMeta(string Slug, string Title, PageKind Kind, string Summary)
{
    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<RelatedRef> Related { get; init; } = [];

    public DateOnly? Reviewed { get; init; }

    public DateOnly? NextReview { get; init; }

    public string? Reviewer { get; init; }

    public ImmutableArray<SourceRef> Sources { get; init; } = [];

    /// <summary>Where the <c>kind</c> key is written: page-level problems are reported there.</summary>
    public Position KindAt { get; init; } = Position.Start;
}
