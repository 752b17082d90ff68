using System.Collections.Frozen;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpineDocs.Markdown.SafeHtml;

/// <summary>What a page's Markdown may ask of the HTML: which link addresses and which <c>{...}</c> attributes.</summary>
public static class SafeMarkup
{
    private static readonly FrozenSet<string> Schemes = new[] { "http", "https", "mailto", "tel" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A web, mail or phone address, or an address on this site; not <c>javascript:</c>, <c>data:</c> and the like.</summary>
    public static bool IsAllowedUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var boundary = trimmed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (boundary >= 0 && boundary < colon) || Schemes.Contains(trimmed[..colon]);
    }

    /// <summary>An attribute a <c>{...}</c> may set: an id, or classes of plain letters, digits and hyphens.</summary>
    public static bool IsAllowedClass(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>
    /// Removes every attribute but ids and plain classes from a parsed page, so no <c>{onclick=...}</c> reaches the HTML;
    /// table column alignment goes too, since it is written as an inline style the site's policy forbids.
    /// </summary>
    public static void StripAttributes(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }

        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { } attributes)
            {
                continue;
            }

            attributes.Properties?.Clear();
            attributes.Classes?.RemoveAll(c => !IsAllowedClass(c));
        }
    }
}
