using System.Collections.Immutable;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown;
using SpineDocs.Markdown.CareCards;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Collects each page's headings, element ids and red-flag lists, for "on this page", anchor checks and structured data.</summary>
public sealed class GatherHeadings : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var file = context.Display(document.Source);
        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in document.Syntax.Descendants<HeadingBlock>())
        {
            var at = new Position(heading.Line + 1, heading.Column + 1);
            if (heading.Parent is CustomContainer container && CareCards.IsRegistryList(container))
            {
                continue;
            }

            if (heading.Level == 1)
            {
                context.Diagnostics.Error(DiagnosticCodes.ExtraTopHeading, file, at.Line, at.Column,
                    "the page title from the front matter is the page's only top-level heading: start sections with '## ' instead of '# '.");
            }

            headings.Add(new Heading(heading.Level, InlineText.Of(heading.Inline), heading.GetAttributes().Id ?? "", at));
        }

        var anchors = document.Syntax.Descendants().Select(b => b.TryGetAttributes()?.Id).OfType<string>().ToImmutableHashSet(StringComparer.Ordinal);
        var lists = document.Syntax.Descendants<CustomContainer>().Where(CareCards.IsRegistryList).Select(CareCards.ListOf).ToImmutableArray();
        return document with { Headings = headings.ToImmutable(), Anchors = anchors, RedFlagLists = lists };
    }
}
