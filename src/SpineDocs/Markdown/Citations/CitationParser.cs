using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpineDocs.Markdown.Citations;

/// <summary>Parses <c>[^id]</c> before Markdig's link parser sees the bracket; the id is checked against the page's sources later.</summary>
public sealed class CitationParser : InlineParser
{
    private const int MaxIdLength = 80;

    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 2 > slice.End || text[start + 1] != '^')
        {
            return false;
        }

        var end = start + 2;
        while (end <= slice.End && end - start < MaxIdLength && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.'))
        {
            end++;
        }

        if (end > slice.End || text[end] != ']' || end == start + 2)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Id = text[(start + 2)..end],
            Span = new SourceSpan(position, position + end - start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
