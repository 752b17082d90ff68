using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Turns the tier containers into care cards. Register after Markdig's custom containers.</summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CustomContainerExtension>();
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CareCardRenderer());
        }
    }

    /// <summary>Gives each card an id at parse time (<c>emergency</c>, <c>emergency-2</c>, ...) so links can be checked before rendering.</summary>
    private static void AssignIds(MarkdownDocument document)
    {
        var seen = new Dictionary<CareTier, int>();
        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (CareCards.TierOf(container) is not { } tier)
            {
                continue;
            }

            var attributes = container.GetAttributes();
            var count = seen[tier] = seen.GetValueOrDefault(tier) + 1;
            attributes.Id ??= count == 1 ? CareCards.ClassOf(tier) : $"{CareCards.ClassOf(tier)}-{count}";
        }
    }
}
