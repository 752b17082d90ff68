using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpineDocs.Content;

namespace SpineDocs.Markdown.CrossLinks;

/// <summary>Writes a cross-link as a plain anchor to the page it was resolved to.</summary>
public sealed class CrossLinkRenderer : HtmlObjectRenderer<CrossLinkInline>
{
    /// <summary>The current page's resolved links; set before each render.</summary>
    public IReadOnlyDictionary<string, ResolvedLink> Links { get; set; } = new Dictionary<string, ResolvedLink>();

    protected override void Write(HtmlRenderer renderer, CrossLinkInline link)
    {
        if (!Links.TryGetValue(link.Key, out var resolved))
        {
            // Unresolved links are already reported as errors; show the text so the page stays readable in check.
            renderer.WriteEscape(link.Label ?? link.Slug);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(resolved.Url).Write("\">");
        renderer.WriteEscape(link.Label ?? resolved.Title);
        renderer.Write("</a>");
    }
}
