using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>What the checks need from a rendered page, read once with AngleSharp so no page is parsed twice.</summary>
public sealed record HtmlFacts(
    IReadOnlySet<string> Ids,
    ImmutableArray<string> Links,
    ImmutableArray<string> SectionIds,
    ImmutableArray<string> EmergencyCardPhoneLinks,
    int EmergencyCards)
{
    /// <summary>Anything in the page that could run code: scripts other than the site's own, event handlers, inline styles, <c>javascript:</c> addresses.</summary>
    public ImmutableArray<string> ActiveContent { get; init; } = [];
}
