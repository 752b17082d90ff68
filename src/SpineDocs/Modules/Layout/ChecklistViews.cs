using System.Text.Encodings.Web;
using System.Text.Json;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Layout;

/// <summary>Builds the checklist page's view, and the registry as JSON for its script, from the red-flag registry.</summary>
public static class ChecklistViews
{
    public static readonly string Url = GeneratedPages.UrlOf(GeneratedPages.Checklist);

    // The default encoder escapes <, > and &, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    public static ChecklistView Create(BuildContext context)
    {
        var registry = context.RedFlags;
        var pages = context.Index.BySlug;
        ChecklistFlagView View(RedFlag flag) => new(
            flag.Id,
            flag.Text,
            flag.Tier,
            flag.CancerHistoryOnly,
            flag.Pages.Select(p => pages.GetValueOrDefault(p.Slug)).OfType<Document>().Select(d => new PageLink(d.Meta!.Title, d.Url)).ToList());

        var region = context.Region;
        var data = new
        {
            defaultRegion = region.Code,
            regions = registry.Regions.Select(r => new { r.Code, r.Name, number = r.EmergencyNumber, department = r.EmergencyDepartment }),
            tiers = registry.Tiers.Select(t => new { t.Id, t.Severity, t.Action, t.Say, t.SafetyNet }),
            seeADoctor = new { registry.SeeADoctor.Action, registry.SeeADoctor.Say, registry.SeeADoctor.SafetyNet },
            flags = registry.Flags.Select(f => new { f.Id, f.Text, f.Tier, f.CancerHistoryOnly }),
        };

        return new ChecklistView(
            registry.Tiers.Select(t => new ChecklistTierView(t.Id, t.Heading, t.Action, registry.FlagsOf(t.Id, []).Select(View).ToList())).ToList(),
            registry.Groups.Select(g => new ChecklistGroupView(g.Id, g.Title, registry.Flags.Where(f => f.Group == g.Id).Select(View).ToList())).ToList(),
            registry.Regions.Select(ToView).ToList(),
            ToView(region),
            RedFlagRegistry.Fill(registry.SeeADoctor.Action, region),
            JsonSerializer.Serialize(data, Json));
    }

    private static RegionView ToView(Region region) => new(region.Code, region.Name, region.EmergencyNumber, region.EmergencyDepartment);
}
