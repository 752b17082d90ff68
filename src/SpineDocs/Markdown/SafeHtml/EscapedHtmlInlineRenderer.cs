using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SpineDocs.Markdown.SafeHtml;

/// <summary>Writes a raw HTML tag inside a paragraph as visible text, never as markup; a comment is left out.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline tag)
    {
        if (!tag.Tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            renderer.WriteEscape(tag.Tag);
        }
    }
}
