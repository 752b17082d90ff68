using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpineDocs.Content;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Renders <c>::: emergency</c>, <c>::: urgent</c> and <c>::: non-urgent</c> as care cards; other containers as Markdig does.</summary>
public sealed class CareCardRenderer : HtmlCustomContainerRenderer
{
    /// <summary>The region whose emergency number and department the cards name; set before each render.</summary>
    public Region Region { get; set; } = SiteConfig.Default.Region;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (CareCards.TierOf(container.Info) is not { } tier)
        {
            base.Write(renderer, container);
            return;
        }

        var css = CareCards.ClassOf(tier);
        var level = Math.Min(HeadingLevelBefore(container) + 1, 6);
        var id = container.GetAttributes().Id!;
        renderer.EnsureLine();
        renderer.Write($"<section class=\"care-card care-card--{css}\" aria-labelledby=\"{id}\">").WriteLine();
        renderer.Write($"<h{level} class=\"care-card__title\" id=\"{id}\"><span class=\"visually-hidden\">{CareCards.HiddenPrefix(tier)}</span>");
        var authored = container.Count > 0 ? container[0] as HeadingBlock : null;
        if (authored?.Inline is not null)
        {
            renderer.WriteChildren(authored.Inline);
        }
        else
        {
            renderer.WriteEscape(CareCards.DefaultHeading(tier, Region));
        }

        renderer.Write($"</h{level}>").WriteLine();
        foreach (var block in container.Skip(authored is null ? 0 : 1))
        {
            renderer.Write(block);
        }

        if (tier == CareTier.Emergency)
        {
            renderer.Write($"<p class=\"care-card__action\"><a class=\"call-button\" href=\"tel:{region(Region.EmergencyNumber)}\">Call {region(Region.EmergencyNumber)}</a></p>").WriteLine();
        }

        renderer.Write("</section>").WriteLine();

        static string region(string value) => System.Net.WebUtility.HtmlEncode(value);
    }

    /// <summary>Cards sit one level below the heading they follow, so the outline never skips a level.</summary>
    private static int HeadingLevelBefore(Block block)
    {
        var current = block;
        while (current.Parent is { } parent)
        {
            for (var i = parent.IndexOf(current) - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return heading.Level;
                }
            }

            current = parent;
        }

        return 1;
    }
}
