using System.Collections.Immutable;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Collects each page's headings with their ids, for "on this page" and anchor checks.</summary>
public sealed class GatherHeadings : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in document.Syntax.Descendants<HeadingBlock>())
        {
            if (heading.Parent is CustomContainer container && Markdown.CareCards.CareCards.TierOf(container.Info) is not null)
            {
                continue;
            }

            var at = new Position(heading.Line + 1, heading.Column + 1);
            if (heading.Level == 1)
            {
                context.Diagnostics.Error(DiagnosticCodes.ExtraTopHeading, context.Display(document.Source), at.Line, at.Column,
                    "the page title from the front matter is the page's only top-level heading: start sections with '## ' instead of '# '.");
            }

            headings.Add(new Heading(heading.Level, InlineText.Of(heading.Inline), heading.GetAttributes().Id ?? "", at));
        }

        return document with { Headings = headings.ToImmutable() };
    }
}
