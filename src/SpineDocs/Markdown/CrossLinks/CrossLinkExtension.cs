using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SpineDocs.Markdown.CrossLinks;

public sealed class CrossLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CrossLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CrossLinkRenderer>())
        {
            html.ObjectRenderers.Add(new CrossLinkRenderer());
        }
    }
}
