using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpineDocs.Content;
using SpineDocs.Markdown.CrossLinks;

namespace SpineDocs.Markdown.GlossaryTerms;

/// <summary>Writes text, linking the first use on the page of each glossary term to its entry; never inside a heading or a link.</summary>
public sealed class GlossaryTermRenderer : LiteralInlineRenderer
{
    /// <summary>The site's glossary; set before each render.</summary>
    public Glossary Glossary { get; set; } = Glossary.Empty;

    /// <summary>Ids of the terms already marked on this page.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of every term the page's text uses, marked or not.</summary>
    public HashSet<string> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids never marked on this page, such as the page's own subject.</summary>
    public IReadOnlySet<string> Skip { get; set; } = new HashSet<string>();

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (Glossary.Matcher is not { } matcher || !renderer.EnableHtmlForInline || !CanMark(literal))
        {
            base.Write(renderer, literal);
            return;
        }

        var text = literal.Content.ToString();
        var written = 0;
        foreach (var match in matcher.EnumerateMatches(text))
        {
            var entry = Glossary.EntryFor(text.Substring(match.Index, match.Length));
            Found.Add(entry.Id);
            if (Skip.Contains(entry.Id) || !Used.Add(entry.Id))
            {
                continue;
            }

            renderer.WriteEscape(text.AsSpan(written, match.Index - written));
            renderer.Write("<a class=\"glossary-term\" href=\"").Write(Glossary.Url).Write('#').Write(entry.Id).Write("\">");
            renderer.WriteEscape(text.AsSpan(match.Index, match.Length));
            renderer.Write("</a>");
            written = match.Index + match.Length;
        }

        renderer.WriteEscape(text.AsSpan(written));
    }

    private static bool CanMark(LiteralInline literal)
    {
        for (Inline? inline = literal.Parent; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkInline or CrossLinkInline)
            {
                return false;
            }

            if (inline.Parent is null && inline is ContainerInline { ParentBlock: HeadingBlock })
            {
                return false;
            }
        }

        return true;
    }
}
