using Markdig;
using Markdig.Renderers;
using SpineDocs.Content;
using SpineDocs.Markdown.CareCards;
using SpineDocs.Markdown.Citations;
using SpineDocs.Markdown.SafeHtml;
using SpineDocs.Markdown.CrossLinks;
using SpineDocs.Markdown.GlossaryTerms;

namespace SpineDocs.Markdown;

/// <summary>The one Markdig pipeline the whole build shares, and the per-page renderer set-up.</summary>
public static class SpineDocsMarkdown
{
    // Markdig's advanced set without maths, diagrams, figures, footers, footnotes, media links and
    // alerts, which a patient library does not use: every extension costs parse time on every page.
    // Citations of the page's sources ([^id]) take the place of footnotes.
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseGridTables()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseCustomContainers()
        .UseGenericAttributes()
        .UseYamlFrontMatter()
        .UseCrossLinks()
        .UseCareCards()
        .UseGlossaryTerms()
        .UseCitations()
        .UseSafeHtml()
        .Build();

    /// <summary>Parses a page, or returns null when its Markdown nests deeper than Markdig's limit (no real page does).</summary>
    public static Markdig.Syntax.MarkdownDocument? TryParse(string text)
    {
        try
        {
            var syntax = Markdig.Markdown.Parse(text, Pipeline);
            return Depth(syntax) <= MaxDepth ? syntax : null;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("deeply nested", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>Well under the depth at which Markdig's renderer gives up, so a tree that parses also renders.</summary>
    private const int MaxDepth = 96;

    private static int Depth(Markdig.Syntax.MarkdownDocument syntax)
    {
        var deepest = 0;
        var pending = new Stack<(Markdig.Syntax.MarkdownObject Node, int Depth)>([(syntax, 0)]);
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            switch (item.Node)
            {
                case Markdig.Syntax.ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
                case Markdig.Syntax.LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    /// <summary>The line (1-based) of <paramref name="text"/> that nests deepest: quote markers, indentation and brackets.</summary>
    public static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        var deepest = (Line: 1, Depth: -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var depth = line.Count(c => c is '>' or '[' or '(') + ((line.Length - line.TrimStart().Length) / 2);
            deepest = depth > deepest.Depth ? (i + 1, depth) : deepest;
        }

        return deepest.Line;
    }

    public static MarkdownPipelineBuilder UseCrossLinks(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CrossLinkExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseGlossaryTerms(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<GlossaryTermExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseSafeHtml(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<SafeHtmlExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseCareCards(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CareCardExtension>();
        return builder;
    }

    /// <summary>Renders a parsed page with its resolved links and the site's region; returns the glossary terms its text uses.</summary>
    public static (string Html, IReadOnlySet<string> Terms) Render(
        Markdig.Syntax.MarkdownDocument syntax,
        IReadOnlyDictionary<string, ResolvedLink> links,
        Region region,
        Glossary? glossary = null,
        IReadOnlySet<string>? skipTerms = null,
        Content.RedFlags.RedFlagRegistry? redFlags = null,
        IReadOnlyList<SourceRef>? sources = null)
    {
        var set = PageRenderer.ForThisThread();
        set.Html.LinkRewriter = url => links.TryGetValue(url, out var resolved) ? resolved.Url : SafeMarkup.IsAllowedUrl(url) ? url : "#";
        SafeMarkup.StripAttributes(syntax);
        set.CrossLinks.Links = links;
        set.Cards.Region = region;
        set.Cards.Registry = redFlags ?? Content.RedFlags.RedFlagRegistry.Empty;
        set.Terms.Glossary = glossary ?? Glossary.Empty;
        set.Terms.Skip = skipTerms ?? new HashSet<string>();
        set.Citations.Sources = sources ?? [];
        try
        {
            set.Html.Render(syntax);
            set.Writer.Flush();
            return (set.Writer.ToString(), set.Terms.Found.ToHashSet(StringComparer.Ordinal));
        }
        catch
        {
            // A renderer that failed half-way keeps its nesting count: the thread's next page gets a fresh one.
            PageRenderer.Discard();
            throw;
        }
        finally
        {
            set.Reset();
        }
    }

    /// <summary>One renderer per thread, reused from page to page: setting one up costs more than rendering a short page.</summary>
    private sealed class PageRenderer
    {
        [ThreadStatic]
        private static PageRenderer? current;

        private PageRenderer()
        {
            Writer = new StringWriter();
            Html = new HtmlRenderer(Writer);
            Pipeline.Setup(Html);
            CrossLinks = Html.ObjectRenderers.FindExact<CrossLinkRenderer>()!;
            Cards = Html.ObjectRenderers.FindExact<CareCardRenderer>()!;
            Terms = Html.ObjectRenderers.FindExact<GlossaryTermRenderer>()!;
            Citations = Html.ObjectRenderers.FindExact<CitationRenderer>()!;
        }

        public CitationRenderer Citations { get; }

        public StringWriter Writer { get; }

        public HtmlRenderer Html { get; }

        public CrossLinkRenderer CrossLinks { get; }

        public CareCardRenderer Cards { get; }

        public GlossaryTermRenderer Terms { get; }

        public static PageRenderer ForThisThread() => current ??= new PageRenderer();

        public static void Discard() => current = null;

        public void Reset()
        {
            Writer.GetStringBuilder().Clear();
            Terms.Used.Clear();
            Terms.Found.Clear();
        }
    }
}
