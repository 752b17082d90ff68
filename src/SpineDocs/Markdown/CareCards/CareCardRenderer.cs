using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Markdown.CareCards;

/// <summary>Renders <c>::: red-flags tier</c> as a care card of the registry's signs, <c>::: help-lines</c> as each region's numbers, and other containers as Markdig does.</summary>
public sealed class CareCardRenderer : HtmlCustomContainerRenderer
{
    /// <summary>The region whose numbers and services the cards name; set before each render.</summary>
    public Region Region { get; set; } = SiteConfig.FallbackRegion;

    /// <summary>The red-flag registry the cards' headings and signs come from; set before each render.</summary>
    public RedFlagRegistry Registry { get; set; } = RedFlagRegistry.Empty;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info?.Trim() == HelpLines.HelpLinesWriter.Container)
        {
            HelpLines.HelpLinesWriter.Write(renderer, Registry, Region, HeadingLevelBefore(container) + 1, container.GetAttributes().Id ?? HelpLines.HelpLinesWriter.DefaultId);
            return;
        }

        if (!CareCards.IsRegistryList(container))
        {
            base.Write(renderer, container);
            return;
        }

        var list = CareCards.ListOf(container);
        // An unknown tier is reported by CheckRedFlags; the card is left out rather than shown half-made.
        if (!Registry.TiersById.TryGetValue(list.Tier, out var tier))
        {
            return;
        }

        var level = Math.Min(HeadingLevelBefore(container) + 1, 6);
        var id = container.GetAttributes().Id!;
        renderer.EnsureLine();
        renderer.Write($"<section class=\"care-card care-card--{CareCards.ClassOf(tier.Style)}\" aria-labelledby=\"{id}\">").WriteLine();
        renderer.Write($"<h{level} class=\"care-card__title\" id=\"{id}\"><span class=\"visually-hidden\">").WriteEscape(tier.Label).Write(" </span>");
        WriteForRegion(renderer, tier.Heading);
        renderer.Write($"</h{level}>").WriteLine();
        renderer.Write($"<ul class=\"red-flag-list\" data-tier=\"{tier.Id}\"{(list.WithoutCancer ? " data-audience=\"without-cancer\"" : "")}>").WriteLine();
        foreach (var flag in Registry.FlagsOf(tier.Id, list.Selectors, list.WithoutCancer))
        {
            renderer.Write($"<li data-flag=\"{flag.Id}\">").WriteEscape(flag.Text);
            if (flag.Advice is { } advice)
            {
                renderer.Write(" <span class=\"red-flag-list__advice\">");
                WriteForRegion(renderer, advice);
                renderer.Write("</span>");
            }

            renderer.Write("</li>").WriteLine();
        }

        renderer.Write("</ul>").WriteLine();
        if (tier.Note is { } note)
        {
            renderer.Write("<p class=\"care-card__note\">");
            WriteForRegion(renderer, note);
            renderer.Write("</p>").WriteLine();
        }

        if (tier.CallsEmergencyNumber)
        {
            var number = System.Net.WebUtility.HtmlEncode(Region.EmergencyNumber);
            renderer.Write($"<p class=\"care-card__action\"><a class=\"call-button\" data-tel href=\"tel:{number}\">Call {number}</a></p>").WriteLine();
        }

        renderer.Write("<p class=\"care-card__region\">Numbers and services for <span data-region-name>").WriteEscape(Region.Name)
            .Write($"</span>. <a href=\"{OtherRegionsUrl}\">Other countries</a></p>").WriteLine();

        renderer.Write("</section>").WriteLine();
    }

    /// <summary>Where a reader elsewhere finds the numbers for their country.</summary>
    public const string OtherRegionsUrl = "/get-help-now/#" + HelpLines.HelpLinesWriter.DefaultId;

    /// <summary>Writes registry wording filled for the site's region, keeping its template for the reader's own region to be filled in.</summary>
    private void WriteForRegion(HtmlRenderer renderer, string template)
    {
        if (!template.Contains('{'))
        {
            renderer.WriteEscape(template);
            return;
        }

        renderer.Write("<span data-template=\"").WriteEscape(template).Write("\">").WriteEscape(Region.Fill(template)).Write("</span>");
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
