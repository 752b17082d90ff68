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

    /// <summary><c>draft: true</c>: validated by every command, left out of <c>build</c>, shown with a banner by <c>serve</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>Where <c>next-review</c> is written, for the review reminders.</summary>
    public Position NextReviewAt { get; init; } = Position.Start;

    /// <summary>Where the <c>kind</c> key is written: page-level problems are reported there.</summary>
    public Position KindAt { get; init; } = Position.Start;
}
