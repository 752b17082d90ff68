using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary>
/// One warning sign: its plain wording (which completes a card heading ending in "if:"), the words readers
/// use for it, its tier for someone who has or had cancer and its outcome for someone who never had cancer.
/// </summary>
public sealed record RedFlag(string Id, string Text, string Tier, string WithoutCancer, Position At)
{
    public ImmutableArray<string> Words { get; init; } = [];

    public ImmutableArray<RelatedRef> Pages { get; init; } = [];

    /// <summary>A group such as <c>nerve-and-cord</c> or <c>spinal-pain</c>: a heading on the checklist, and a way for a card to show part of a tier.</summary>
    public string Group { get; init; } = "";

    /// <summary>What the sign is a form of. Escalation counts symptoms, not wordings: three ways back pain can feel are one symptom.</summary>
    public string Symptom { get; init; } = "";

    /// <summary>One sentence of what to do or not do beside acting, such as "Do not take paracetamol first."</summary>
    public string? Advice { get; init; }

    /// <summary>What to add on the phone when this sign is among those ticked.</summary>
    public string? Say { get; init; }

    /// <summary>Ids of the registry's references this sign's tiers follow.</summary>
    public ImmutableArray<string> References { get; init; } = [];

    /// <summary>The tier for a reader with or without a cancer history.</summary>
    public string TierFor(bool cancerHistory) => cancerHistory ? Tier : WithoutCancer;
}
