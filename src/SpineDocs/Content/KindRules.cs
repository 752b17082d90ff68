using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>What each kind of page must carry: the one table the build and the site tests both check.</summary>
public static class KindRules
{
    public sealed record Rule(bool NeedsReview, bool NeedsEmergencyCard, ImmutableArray<RequiredSection> Sections);

    public sealed record RequiredSection(string Id, string Heading);

    public static readonly FrozenDictionary<PageKind, Rule> ByKind = new Dictionary<PageKind, Rule>
    {
        [PageKind.Condition] = new(true, true,
        [
            new("symptoms", "Symptoms"),
            new("diagnosis", "How it is diagnosed"),
            new("treatment", "Treatment"),
            new("outlook", "Outlook"),
            new("questions-to-ask", "Questions to ask your care team"),
        ]),
        [PageKind.Test] = new(true, false,
        [
            new("what-it-is-for", "What it is for"),
            new("what-happens", "What happens"),
            new("results", "Results"),
            new("risks", "Risks"),
        ]),
        [PageKind.Treatment] = new(true, false,
        [
            new("when-it-is-used", "When it is used"),
            new("what-happens", "What happens"),
            new("side-effects", "Side effects"),
            new("when-to-call", "When to call your care team"),
        ]),
        [PageKind.Guide] = new(true, false, []),
        [PageKind.Page] = new(false, false, []),
    }.ToFrozenDictionary();

    /// <summary>The folder and section title each kind's pages are listed under.</summary>
    public static readonly FrozenDictionary<PageKind, (string Folder, string Title)> Sections = new Dictionary<PageKind, (string, string)>
    {
        [PageKind.Condition] = ("conditions", "Conditions"),
        [PageKind.Test] = ("tests", "Tests"),
        [PageKind.Treatment] = ("treatments", "Treatments"),
        [PageKind.Guide] = ("guides", "Guides"),
    }.ToFrozenDictionary();
}
