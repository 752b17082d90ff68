using Markdig;
using Markdig.Renderers;
using SpineDocs.Content;
using SpineDocs.Markdown.CareCards;
using SpineDocs.Markdown.CrossLinks;
using SpineDocs.Markdown.GlossaryTerms;

namespace SpineDocs.Markdown;

/// <summary>The one Markdig pipeline the whole build shares, and the per-page renderer set-up.</summary>
public static class SpineDocsMarkdown
{
    // Markdig's advanced set without maths, diagrams, figures, footers, citations, media links and
    // alerts, which a patient library does not use: every extension costs parse time on every page.
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFootnotes()
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
        .Build();

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
        Content.RedFlags.RedFlagRegistry? redFlags = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => links.TryGetValue(url, out var resolved) ? resolved.Url : url,
        };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<CrossLinkRenderer>()!.Links = links;
        var cards = renderer.ObjectRenderers.FindExact<CareCardRenderer>()!;
        cards.Region = region;
        cards.Registry = redFlags ?? Content.RedFlags.RedFlagRegistry.Empty;
        var terms = renderer.ObjectRenderers.FindExact<GlossaryTermRenderer>()!;
        terms.Glossary = glossary ?? Glossary.Empty;
        terms.Skip = skipTerms ?? new HashSet<string>();
        renderer.Render(syntax);
        writer.Flush();
        return (writer.ToString(), terms.Found);
    }
}
