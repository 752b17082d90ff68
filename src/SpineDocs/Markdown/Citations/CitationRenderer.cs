using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpineDocs.Content;

namespace SpineDocs.Markdown.Citations;

/// <summary>Writes a citation as its source's number in the page's list of sources, linked to that entry.</summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <summary>The current page's sources; set before each render.</summary>
    public IReadOnlyList<SourceRef> Sources { get; set; } = [];

    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i].Id == citation.Id)
            {
                var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                renderer.Write("<sup class=\"citation\"><a href=\"#").Write(SourceRef.AnchorFor(Sources[i], i)).Write("\" aria-label=\"Source ").Write(number).Write(": ");
                renderer.WriteEscape(Sources[i].Title).Write("\">[").Write(number).Write("]</a></sup>");
                return;
            }
        }

        // A citation to no source is reported as an error; nothing is shown for it.
    }
}
