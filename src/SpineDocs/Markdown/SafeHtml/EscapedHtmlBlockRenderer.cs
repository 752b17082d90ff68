using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpineDocs.Markdown.SafeHtml;

/// <summary>Writes a raw HTML block as visible text, never as markup; a comment is left out.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p>").WriteEscape(block.Lines.ToString()).Write("</p>").WriteLine();
    }
}
