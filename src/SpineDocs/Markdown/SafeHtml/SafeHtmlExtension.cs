using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace SpineDocs.Markdown.SafeHtml;

/// <summary>
/// Pages carry no raw HTML: it is shown as the text it is (and reported by the build), HTML comments are dropped,
/// and links to anything but web, mail and phone addresses are neutralised. See <see cref="SafeMarkup"/>.
/// </summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }
    }
}
