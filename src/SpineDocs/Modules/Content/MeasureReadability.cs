using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Measures each page's prose (paragraphs and list items, not headings) for the reading-grade report.</summary>
public sealed class MeasureReadability : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var total = document.Syntax.Descendants<ParagraphBlock>()
            .Select(p => ReadabilityMeter.Measure(InlineText.Of(p.Inline)))
            .Aggregate(Readability.Empty, (sum, next) => sum.Add(next));
        return document with { Readability = total };
    }
}
