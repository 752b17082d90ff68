using System.Text;
using Markdig.Syntax.Inlines;
using SpineDocs.Markdown.CrossLinks;

namespace SpineDocs.Markdown;

/// <summary>The plain text of inline Markdown, as a heading reads in a table of contents.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case CrossLinkInline link:
                text.Append(link.Label ?? link.Slug);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
