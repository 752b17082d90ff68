using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Turns the tier containers into care cards. Register after Markdig's custom containers.</summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CustomContainerExtension>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CareCardRenderer());
        }
    }
}
