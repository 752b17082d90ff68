using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Turns <c>::: red-flags</c> containers into care cards. Register after Markdig's custom containers.</summary>
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

    /// <summary>
    /// Gives each card an id at parse time (<c>emergency</c>, <c>emergency-2</c>, ...) so links to it can be checked
    /// before rendering; an id a heading of the page already has is skipped.
    /// </summary>
    private static void AssignIds(MarkdownDocument document)
    {
        var taken = document.Descendants().Where(b => b is not CustomContainer).Select(b => b.TryGetAttributes()?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var container in document.Descendants<CustomContainer>().Where(CareCards.IsRegistryList))
        {
            var attributes = container.GetAttributes();
            if (attributes.Id is not null)
            {
                continue;
            }

            var tier = CareCards.ListOf(container).Tier;
            var name = tier.Length > 0 && tier.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? tier : CareCards.RegistryContainer;
            var id = name;
            for (var count = 2; !taken.Add(id); count++)
            {
                id = $"{name}-{count}";
            }

            attributes.Id = id;
        }
    }
}
