using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Renders <c>::: emergency</c>, <c>::: urgent</c> and <c>::: non-urgent</c> as care cards; other containers as Markdig does.</summary>
public sealed class CareCardRenderer : HtmlCustomContainerRenderer
{
    /// <summary>The region whose emergency number and department the cards name; set before each render.</summary>
    public Region Region { get; set; } = SiteConfig.FallbackRegion;

    /// <summary>The red-flag registry that <c>::: red-flags</c> lists and standard headings come from; set before each render.</summary>
    public RedFlagRegistry Registry { get; set; } = RedFlagRegistry.Empty;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (CareCards.TierOf(container) is not { } tier)
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
            renderer.WriteEscape(CareCards.DefaultHeading(tier, Region, Registry));
        }

        renderer.Write($"</h{level}>").WriteLine();
        foreach (var block in container.Skip(authored is null ? 0 : 1))
        {
            renderer.Write(block);
        }

        if (CareCards.IsRegistryList(container))
        {
            WriteRegistryList(renderer, CareCards.RegistryTierOf(tier), CareCards.RegistryArguments(container)[1..]);
        }

        if (tier == CareTier.Emergency)
        {
            renderer.Write($"<p class=\"care-card__action\"><a class=\"call-button\" href=\"tel:{region(Region.EmergencyNumber)}\">Call {region(Region.EmergencyNumber)}</a></p>").WriteLine();
        }

        renderer.Write("</section>").WriteLine();

        static string region(string value) => System.Net.WebUtility.HtmlEncode(value);
    }

    private void WriteRegistryList(HtmlRenderer renderer, string tier, string[] groups)
    {
        renderer.Write($"<ul class=\"red-flag-list\" data-tier=\"{tier}\">").WriteLine();
        foreach (var flag in Registry.FlagsOf(tier, groups))
        {
            renderer.Write($"<li data-flag=\"{flag.Id}\">").WriteEscape(flag.Text).Write("</li>").WriteLine();
        }

        renderer.Write("</ul>").WriteLine();
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
