using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpineDocs.Diagnostics;

using SpineDocs.Markdown.SafeHtml;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>
/// Reports what a page asks of the HTML that no page may carry: raw HTML, links that run code
/// (<c>javascript:</c>, <c>data:</c>), and <c>{...}</c> attributes other than ids and plain classes.
/// The renderer never writes them either; this tells the author where, so nothing vanishes silently.
/// </summary>
public sealed class CheckMarkup : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is not { } syntax)
        {
            return document;
        }

        var file = context.Display(document.Source);
        void Error(string code, MarkdownObject node, string message) =>
            context.Diagnostics.Error(code, file, node.Line + 1, node.Column + 1, message);

        foreach (var node in syntax.Descendants())
        {
            switch (node)
            {
                case Markdown.CrossLinks.CrossLinkInline { Label: { } label } cross when label.Contains('|'):
                    Error(DiagnosticCodes.BadCrossLink, node, $"a cross-link has one '|', between the page and the text to show: write [[{cross.Slug}|{label.Replace("|", " ", StringComparison.Ordinal)}]].");
                    break;
                case HtmlBlock { Type: not HtmlBlockType.Comment }:
                case HtmlInline html when !html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    Error(DiagnosticCodes.RawHtml, node, "pages are written in Markdown without raw HTML, so no page can carry script or hidden content: write this in Markdown (a link as [text](address), a section as '## Heading').");
                    break;
                case LinkInline { Url: { } url } when !SafeMarkup.IsAllowedUrl(url):
                case AutolinkInline { Url: var auto } when !SafeMarkup.IsAllowedUrl(auto):
                    Error(DiagnosticCodes.UnsafeLink, node, "a link may lead to a web page (https://), a page of this site, an email address (mailto:) or a phone number (tel:); other kinds, such as javascript: or data:, are not allowed.");
                    break;
            }

            if (node.TryGetAttributes() is { } attributes
                && (attributes.Properties is { Count: > 0 } || attributes.Classes?.Any(c => !SafeMarkup.IsAllowedClass(c)) == true))
            {
                Error(DiagnosticCodes.UnsafeAttribute, node, "'{...}' after a heading or paragraph may give only an id ({#name}) or plain classes ({.name}): other attributes, such as onclick or style, are not allowed.");
            }
        }

        foreach (var (line, column) in UnclosedCrossLinks(document.Content, syntax))
        {
            context.Diagnostics.Warning(DiagnosticCodes.BadCrossLink, file, line, column,
                "'[[' starts a cross-link that is not closed with ']]' on the same line, so it shows as text: close it, as in [[slug]], or write the brackets another way.");
        }

        return document;
    }

    /// <summary>Where a line has more '[[' than cross-links: the first '[[' that did not become one, by line and column.</summary>
    private static IEnumerable<(int Line, int Column)> UnclosedCrossLinks(string text, MarkdownDocument syntax)
    {
        // Columns inside tables are not exact, so lines are compared by count, and columns only to point at the first.
        var links = syntax.Descendants<Markdown.CrossLinks.CrossLinkInline>().ToLookup(l => l.Line + 1, l => l.Column + 1);
        var codeLines = syntax.Descendants<CodeBlock>().SelectMany(c => Enumerable.Range(c.Line + 1, c.Lines.Count + 2)).ToHashSet();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (codeLines.Contains(i + 1) || lines[i].Contains('`'))
            {
                continue;
            }

            var opened = new List<int>();
            for (var at = lines[i].IndexOf("[[", StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf("[[", at + 2, StringComparison.Ordinal))
            {
                opened.Add(at + 1);
            }

            var linked = links[i + 1].ToList();
            if (opened.Count > linked.Count)
            {
                yield return (i + 1, opened.FirstOrDefault(c => !linked.Contains(c), opened[0]));
            }
        }
    }
}
