using System.Collections.Immutable;
using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Theme.Models;

namespace SpineDocs.Pipeline;

/// <summary>An immutable unit of content flowing through the pipelines; modules return new ones.</summary>
public sealed record Document(string Source, string Destination, string Content)
{
    /// <summary>Raw bytes for binary documents such as assets; null for text.</summary>
    public byte[]? Bytes { get; init; }

    public PageMeta? Meta { get; init; }

    /// <summary>The parsed Markdown, only while the Process phase reads it (see ReleaseSyntax).</summary>
    public MarkdownDocument? Syntax { get; init; }

    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>Every id the page's Markdown gives an element: headings and care cards.</summary>
    public ImmutableHashSet<string> Anchors { get; init; } = [];

    /// <summary>Where each link of the page's Markdown was written, for diagnostics after the syntax tree is gone.</summary>
    public ImmutableArray<LinkSite> LinkSites { get; init; } = [];

    /// <summary>The page's links to other pages, resolved by ResolveCrossLinks.</summary>
    public ImmutableArray<LinkRef> LinkRefs { get; init; } = [];

    /// <summary>Each <c>::: red-flags</c> list on the page.</summary>
    public ImmutableArray<RedFlagList> RedFlagLists { get; init; } = [];

    public ImmutableDictionary<string, ResolvedLink> Links { get; init; } = ImmutableDictionary<string, ResolvedLink>.Empty;

    public PageNavigation? Navigation { get; init; }

    public Readability Readability { get; init; } = Readability.Empty;

    /// <summary>Sentences of the page that give a number without citing a source.</summary>
    public int UncitedNumbers { get; init; }

    public HtmlFacts? Facts { get; init; }

    /// <summary>Groups of links a generated page lists, such as a section index or the A–Z.</summary>
    public ImmutableArray<ListingGroup> Listing { get; init; } = [];

    /// <summary>The parsed <c>site.yml</c>, on the Data pipeline's document.</summary>
    public SiteConfig? Site { get; init; }

    /// <summary>The parsed <c>red-flags.yml</c>, on the Data pipeline's document.</summary>
    public Content.RedFlags.RedFlagRegistry? RedFlags { get; init; }

    /// <summary>The parsed <c>glossary.yml</c>, on the Data pipeline's document.</summary>
    public Glossary? Glossary { get; init; }

    /// <summary>The finished pages of the previous build, on the Data pipeline's document.</summary>
    public Content.Cache.PageCache? PageCache { get; init; }

    /// <summary>The fingerprint of everything this page's output is made from, when it can be cached.</summary>
    public string? CacheKey { get; init; }

    /// <summary>The view the layout will render, made once while fingerprinting; its body is filled in after rendering.</summary>
    public PageView? View { get; init; }

    /// <summary>True when the page's bytes and facts came from the previous build instead of being rendered again.</summary>
    public bool FromCache { get; init; }

    /// <summary>Ids of the glossary terms this page marks or links to.</summary>
    public ImmutableHashSet<string> GlossaryTerms { get; init; } = [];

    /// <summary>Set for pages the generator makes itself (indexes, 404) rather than reads.</summary>
    public bool IsGenerated { get; init; }

    /// <summary>A draft left out of this build's output.</summary>
    public bool IsHiddenDraft(BuildOptions options) => Meta is { Draft: true } && !options.IncludeDrafts;

    /// <summary>The content as text, whether it is still a string or already encoded for writing.</summary>
    public string Text => Bytes is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Content;

    public bool IsHtml => Destination.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The site-relative URL the document is served at, e.g. <c>/conditions/x/</c>.</summary>
    public string Url => Routes.UrlFor(Destination);
}
