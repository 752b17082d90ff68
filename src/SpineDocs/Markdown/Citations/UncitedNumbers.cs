using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpineDocs.Content;
using SpineDocs.Markdown.CrossLinks;

namespace SpineDocs.Markdown.Citations;

/// <summary>
/// Finds sentences that state a number (a figure, a dose, a percentage, a time) without citing a source.
/// A citation counts for the sentence it stands in, or for the one it directly follows ("... 3 in 100.[^cruk]").
/// Digits joined to letters are names, not figures (NF2, T12, 24-hour line).
/// </summary>
public static class UncitedNumbers
{
    private readonly record struct Token(char Char, int Line, int Column, bool IsCitation);

    /// <summary>Where each uncited sentence's first number is written.</summary>
    public static IEnumerable<Position> In(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>()
            .Where(p => !InsideCard(p))
            .SelectMany(p => InParagraph(Tokens(p.Inline)));

    private static bool InsideCard(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Position> InParagraph(List<Token> tokens)
    {
        var found = new List<Position>();
        Position? number = null, pending = null;
        bool cited = false, content = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsCitation)
            {
                // A citation right after a full stop belongs to the sentence that stop ended.
                if (content)
                {
                    cited = true;
                }
                else
                {
                    pending = null;
                }

                continue;
            }

            var c = token.Char;
            if (char.IsWhiteSpace(c) || (!content && c is ')' or '"' or '\'' or '’' or '”'))
            {
                continue;
            }

            if (c is '.' or '!' or '?' && EndsSentence(tokens, i))
            {
                Flush();
                pending = cited ? null : number;
                (number, cited, content) = (null, false, false);
                continue;
            }

            if (!content)
            {
                Flush();
                content = true;
            }

            if (char.IsAsciiDigit(c))
            {
                if (IsFigure(tokens, i, out var end))
                {
                    number ??= new Position(token.Line + 1, token.Column + 1);
                }

                i = end;
            }
        }

        Flush();
        if (number is { } last && !cited)
        {
            found.Add(last);
        }

        return found;

        void Flush()
        {
            if (pending is { } uncited)
            {
                found.Add(uncited);
            }

            pending = null;
        }
    }

    private static bool EndsSentence(List<Token> tokens, int i) =>
        i + 1 >= tokens.Count || tokens[i + 1].IsCitation || char.IsWhiteSpace(tokens[i + 1].Char) || tokens[i + 1].Char is ')' or '"' or '\'' or '’' or '”';

    /// <summary>A run of digits not joined to a letter before it, nor to a letter or a hyphenated word after it.</summary>
    private static bool IsFigure(List<Token> tokens, int start, out int end)
    {
        end = start;
        while (end + 1 < tokens.Count && !tokens[end + 1].IsCitation && (char.IsAsciiDigit(tokens[end + 1].Char) || tokens[end + 1].Char is '.' or ',' && end + 2 < tokens.Count && char.IsAsciiDigit(tokens[end + 2].Char)))
        {
            end++;
        }

        var before = start > 0 && !tokens[start - 1].IsCitation ? tokens[start - 1].Char : ' ';
        var after = end + 1 < tokens.Count && !tokens[end + 1].IsCitation ? tokens[end + 1].Char : ' ';
        var afterNext = end + 2 < tokens.Count && !tokens[end + 2].IsCitation ? tokens[end + 2].Char : ' ';
        return !char.IsLetter(before) && !char.IsLetter(after) && !(after == '-' && char.IsLetter(afterNext));
    }

    private static List<Token> Tokens(ContainerInline? container)
    {
        var tokens = new List<Token>();
        Add(container, tokens);
        return tokens;
    }

    private static void Add(Inline? inline, List<Token> tokens)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var slice = literal.Content;
                for (var i = slice.Start; i <= slice.End; i++)
                {
                    tokens.Add(new Token(slice.Text[i], literal.Line, literal.Column + i - slice.Start, false));
                }

                break;
            case CitationInline citation:
                tokens.Add(new Token(' ', citation.Line, citation.Column, true));
                break;
            case CrossLinkInline link:
                // A link to a page reads as its title: a name, never a figure.
                tokens.Add(new Token('x', link.Line, link.Column, false));
                break;
            case LineBreakInline or CodeInline or HtmlInline or AutolinkInline:
                tokens.Add(new Token(' ', inline.Line, inline.Column, false));
                break;
            case ContainerInline children:
                foreach (var child in children)
                {
                    Add(child, tokens);
                }

                break;
        }
    }
}
