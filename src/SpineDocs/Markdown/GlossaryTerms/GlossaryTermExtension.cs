using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace SpineDocs.Markdown.GlossaryTerms;

/// <summary>Marks the first use of each glossary term on a page with a link to its entry.</summary>
public sealed class GlossaryTermExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new GlossaryTermRenderer());
        }
    }
}
