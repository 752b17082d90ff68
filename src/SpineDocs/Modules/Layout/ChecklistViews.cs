using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Layout;

/// <summary>Builds the checklist page's view, and the registry as JSON for its script, from the red-flag registry.</summary>
public static class ChecklistViews
{
    public static readonly string Url = GeneratedPages.UrlOf(GeneratedPages.Checklist);

    public static ChecklistView Create(BuildContext context)
    {
        var registry = context.RedFlags;
        var region = context.Region;
        var pages = context.Index.BySlug;
        ChecklistFlagView View(RedFlag flag) => new(
            flag.Id,
            flag.Text,
            flag.Advice is null ? null : region.Fill(flag.Advice),
            [.. flag.Pages.Select(p => pages.GetValueOrDefault(p.Slug)).OfType<Document>().Select(d => new PageLink(d.Meta!.Title, d.Url))]);

        ChecklistTierView Tier(RedFlagTier tier, bool withoutCancer) => new(
            tier.Id,
            Markdown.CareCards.CareCards.ClassOf(tier.Style),
            tier.Label,
            new RegionText(region.Fill(tier.Heading), tier.Heading),
            tier.Note is null ? null : new RegionText(region.Fill(tier.Note), tier.Note),
            tier.CallsEmergencyNumber,
            [.. registry.FlagsOf(tier.Id, [], withoutCancer).Select(View)]);

        return new ChecklistView(
            [.. registry.TiersWithCancer.Select(t => Tier(t, withoutCancer: false))],
            [.. registry.TiersWithoutCancer.Select(t => Tier(t, withoutCancer: true))],
            [.. registry.Groups.Select(g => new ChecklistGroupView(g.Id, g.Title, [.. registry.Flags.Where(f => f.Group == g.Id).Select(View)]))],
            [.. registry.Regions.Select(r => new RegionView(r.Code, r.Name, r.EmergencyNumber))],
            new RegionView(region.Code, region.Name, region.EmergencyNumber),
            [.. registry.Escalation.Select(e => new RegionText(region.Fill(e.Note), e.Note))],
            [.. registry.References.Select(r => new SourceView("source-" + r.Id, r.Title, r.Publisher, r.Url, null))],
            RegistryData.Serialize(registry, region, withWords: false));
    }
}
