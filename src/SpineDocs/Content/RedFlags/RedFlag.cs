using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary>One warning sign: its plain wording (which completes a card heading ending in "if:"), the words readers use, its tier and pages.</summary>
public sealed record RedFlag(string Id, string Text, string Tier, Position At)
{
    public ImmutableArray<string> Words { get; init; } = [];

    public ImmutableArray<RelatedRef> Pages { get; init; } = [];

    /// <summary>A group such as <c>nerve-and-cord</c> or <c>spinal-pain</c>, so a card can show part of a tier.</summary>
    public string Group { get; init; } = "";

    /// <summary>This tier applies only to people who have or had cancer; otherwise the reader is told to see a doctor soon.</summary>
    public bool CancerHistoryOnly { get; init; }
}
