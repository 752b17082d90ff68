using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpineDocs.Markdown.CrossLinks;

/// <summary>Parses <c>[[target|text]]</c> before Markdig's own link parser sees the brackets.</summary>
public sealed class CrossLinkParser : InlineParser
{
    public CrossLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[')
        {
            return false;
        }

        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var inner = text[(start + 2)..close];
        if (inner.Length == 0 || inner.AsSpan().IndexOfAny('\n', '[', ']') >= 0)
        {
            return false;
        }

        var (slug, anchor, label) = Split(inner);
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CrossLinkInline
        {
            Slug = slug,
            Anchor = anchor,
            Label = label,
            Key = inner,
            Span = new SourceSpan(position, position + close + 1 - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }

    private static (string Slug, string? Anchor, string? Label) Split(string inner)
    {
        var pipe = inner.IndexOf('|');
        var target = (pipe < 0 ? inner : inner[..pipe]).Trim();
        var label = pipe < 0 ? null : inner[(pipe + 1)..].Trim();
        var hash = target.IndexOf('#');
        var slug = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        return (slug.Trim(), string.IsNullOrWhiteSpace(anchor) ? null : anchor.Trim(), string.IsNullOrEmpty(label) ? null : label);
    }
}
