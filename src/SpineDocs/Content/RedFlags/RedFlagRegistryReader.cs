using System.Collections.Immutable;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content.RedFlags;

/// <summary>Reads <c>red-flags.yml</c> into a <see cref="RedFlagRegistry"/>, reporting every problem at its line.</summary>
public sealed class RedFlagRegistryReader(string file, DiagnosticBag diagnostics)
{
    private static readonly string[] TopKeys = ["references", "tiers", "escalation", "groups", "regions", "flags"];

    public RedFlagRegistry Read(string yaml)
    {
        if (YamlDocumentReader.LoadMapping(yaml, file, 1, diagnostics, DiagnosticCodes.RedFlagsInvalid) is not { } root)
        {
            return RedFlagRegistry.Empty;
        }

        var map = new YamlMap(root, file, diagnostics, DiagnosticCodes.RedFlagsInvalid);
        foreach (var (key, at) in map.Keys().Where(k => !TopKeys.Contains(k.Name)))
        {
            var hint = key is "see-a-doctor" ? " The outcome for a reader who never had cancer is now each flag's 'without-cancer' tier." : "";
            Error(DiagnosticCodes.RedFlagsInvalid, at, $"unknown section '{key}': red-flags.yml has {string.Join(", ", TopKeys)}.{hint}");
        }

        var references = RegistryParts.ReadReferences(map, file, diagnostics);
        var known = references.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var tiers = RegistryParts.ReadTiers(map, diagnostics, file, known);
        var tierIds = tiers.Select(t => t.Id).ToList();
        var groups = ReadGroups(map);
        var regions = RegistryParts.ReadRegions(map, file, diagnostics, known);
        var flags = new FlagReader(file, diagnostics, tierIds, groups.Select(g => g.Id).ToList(), known).Read(map);
        var escalation = ReadEscalation(map, tiers, known);
        return new RedFlagRegistry(tiers, flags, regions, groups, escalation, references);
    }

    private static ImmutableArray<(string Id, string Title)> ReadGroups(YamlMap map) =>
        map.Map("groups", "a heading for each group of signs, such as 'spinal-pain: Back or neck pain'") is { } groups
            ? groups.Keys().Select(k => (Id: k.Name, Title: groups.Optional(k.Name) ?? "")).Where(g => g.Id.Length > 0 && g.Title.Length > 0).ToImmutableArray()
            : [];

    private ImmutableArray<EscalationRule> ReadEscalation(YamlMap map, ImmutableArray<RedFlagTier> tiers, HashSet<string> references)
    {
        if (map.Get("escalation") is null)
        {
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<EscalationRule>();
        foreach (var entry in map.List("escalation", "tier, signs, becomes and note for each rule"))
        {
            var tier = entry.Required("tier", "the tier whose signs are counted");
            var becomes = entry.Required("becomes", "the more urgent tier they count as together");
            var note = entry.Required("note", "one sentence the checklist shows when the rule applies");
            var signs = entry.Optional("signs");
            if (tier is null || becomes is null || note is null)
            {
                continue;
            }

            var from = tiers.FirstOrDefault(t => t.Id == tier);
            var to = tiers.FirstOrDefault(t => t.Id == becomes);
            if (from is null || to is null)
            {
                var (name, at) = from is null ? (tier, entry.PositionOf("tier")) : (becomes, entry.PositionOf("becomes"));
                Error(DiagnosticCodes.UnknownTier, at, $"unknown tier '{name}': use one of {string.Join(", ", tiers.Select(t => t.Id))}.");
                continue;
            }

            if (!int.TryParse(signs, out var count) || count < 2 || to.Severity >= from.Severity)
            {
                Error(DiagnosticCodes.RedFlagsInvalid, entry.At,
                    $"an escalation rule counts 'signs:' of 2 or more at one tier and names a more urgent tier under 'becomes:' ('{becomes}' is not more urgent than '{tier}', or 'signs' is missing).");
                continue;
            }

            rules.Add(new EscalationRule(tier, count, becomes, note, entry.At) { References = RegistryParts.ReferenceIds(entry, file, diagnostics, references) });
        }

        return rules.ToImmutable();
    }

    private void Error(string code, Position at, string message) => diagnostics.Error(code, file, at.Line, at.Column, message);
}
