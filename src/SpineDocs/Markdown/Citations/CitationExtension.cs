using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SpineDocs.Markdown.Citations;

/// <summary><c>[^id]</c> citations of the page's front-matter sources, rendered as numbered links to the list of sources.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Add(new CitationRenderer());
        }
    }
}
