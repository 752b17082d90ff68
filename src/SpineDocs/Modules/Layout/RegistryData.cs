using System.Text.Encodings.Web;
using System.Text.Json;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Modules.Layout;

/// <summary>
/// The red-flag registry as JSON for the scripts: the checklist embeds it and search loads it, so both apply
/// the same tiers, escalation and regions as the cards. Wording keeps its placeholders; each region carries
/// the values that fill them.
/// </summary>
public static class RegistryData
{
    // The default encoder escapes <, > and &, so the JSON cannot close the <script> element it is embedded in.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    /// <summary>Every region with the values that fill registry wording, for pages that show another region than the site's.</summary>
    public static string SerializeRegions(RedFlagRegistry registry, Region defaultRegion) =>
        JsonSerializer.Serialize(new { defaultRegion = defaultRegion.Code, regions = Regions(registry) }, Json);

    public static string Serialize(RedFlagRegistry registry, Region defaultRegion, bool withWords) =>
        JsonSerializer.Serialize(
            new
            {
                defaultRegion = defaultRegion.Code,
                regions = Regions(registry),
                tiers = registry.Tiers.Select(t => new
                {
                    t.Id,
                    t.Severity,
                    style = t.Style.ToString().ToLowerInvariant(),
                    t.Label,
                    t.Heading,
                    t.Action,
                    t.Say,
                    t.SafetyNet,
                    callsEmergencyNumber = t.CallsEmergencyNumber,
                    callsNonEmergency = t.Action.Contains("{non-emergency}", StringComparison.Ordinal),
                }),
                escalation = registry.Escalation.Select(e => new { e.Tier, e.Signs, e.Becomes, e.Note }),
                flags = registry.Flags.Select(f => new
                {
                    f.Id,
                    f.Text,
                    f.Tier,
                    f.WithoutCancer,
                    f.Symptom,
                    f.Advice,
                    f.Say,
                    words = withWords ? f.Words.Append(f.Text) : null,
                }),
            },
            Json);

    private static IEnumerable<object> Regions(RedFlagRegistry registry) =>
        registry.Regions.Select(r => new
        {
            r.Code,
            r.Name,
            number = r.EmergencyNumber,
            nonEmergencyNumber = r.NonEmergency.Number,
            nonEmergencyDial = r.NonEmergency.Dial,
            values = r.Placeholders.ToDictionary(p => p.Key, p => p.Value),
        });
}
