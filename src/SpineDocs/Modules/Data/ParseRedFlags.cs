using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Data;

/// <summary>Reads and validates <c>red-flags.yml</c>: tiers, the see-a-doctor outcome, regions and flags, each problem at its line.</summary>
public sealed class ParseRedFlags : ParallelModule
{
    public const string FileName = "red-flags.yml";

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Destination != FileName)
        {
            return document;
        }

        var file = context.Display(document.Source);
        var diagnostics = context.Diagnostics;
        if (YamlDocumentReader.LoadMapping(document.Content, file, 1, diagnostics) is not { } root)
        {
            return document with { RedFlags = RedFlagRegistry.Empty };
        }

        var map = new YamlMap(root, file, diagnostics, DiagnosticCodes.RedFlagsInvalid);
        var tiers = ReadTiers(map, file, diagnostics);
        var seeADoctor = map.Map("see-a-doctor", "action, say and safety-net for a reader who has never had cancer") is { } s
            ? ReadTier("see-a-doctor", RedFlagRegistry.TierIds.Length, s, requireHeading: false)
            : null;
        var regions = ReadRegions(map, file, diagnostics);
        var groups = ReadGroups(map);
        var flags = ReadFlags(map, file, diagnostics);
        foreach (var flag in flags.Where(f => !groups.Any(g => g.Id == f.Group)))
        {
            diagnostics.Error(DiagnosticCodes.RedFlagsInvalid, file, flag.At.Line, flag.At.Column,
                $"flag '{flag.Id}' needs a group from 'groups:' ({string.Join(", ", groups.Select(g => g.Id))}), so the checklist can show it under a heading.");
        }

        var registry = new RedFlagRegistry(tiers, flags, regions, seeADoctor ?? RedFlagRegistry.Empty.SeeADoctor, groups);
        return document with { RedFlags = registry };
    }

    private static ImmutableArray<RedFlagTier> ReadTiers(YamlMap map, string file, DiagnosticBag diagnostics)
    {
        if (map.Map("tiers", $"the tiers {string.Join(", ", RedFlagRegistry.TierIds)}") is not { } tiers)
        {
            return [];
        }

        foreach (var key in tiers.Node.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Where(k => !RedFlagRegistry.TierIds.Contains(k.Value ?? "")))
        {
            var at = YamlDocumentReader.PositionOf(key, 1);
            diagnostics.Error(DiagnosticCodes.UnknownTier, file, at.Line, at.Column, $"unknown tier '{key.Value}': the tiers are {string.Join(", ", RedFlagRegistry.TierIds)}.");
        }

        return RedFlagRegistry.TierIds
            .Select((id, severity) => tiers.Map(id, "action, heading, say and safety-net") is { } tier ? ReadTier(id, severity, tier, requireHeading: true) : null)
            .OfType<RedFlagTier>()
            .ToImmutableArray();
    }

    private static RedFlagTier? ReadTier(string id, int severity, YamlMap tier, bool requireHeading)
    {
        var action = tier.Required("action", "what to do, in one sentence");
        var heading = requireHeading ? tier.Required("heading", "the card heading, ending in 'if:'") : tier.Optional("heading") ?? "";
        var say = tier.Required("say", "what to say on the phone");
        var safetyNet = tier.Required("safety-net", "what to do if it gets worse");
        return action is null || heading is null || say is null || safetyNet is null ? null : new RedFlagTier(id, severity, action, heading, say, safetyNet);
    }

    private static ImmutableArray<(string Id, string Title)> ReadGroups(YamlMap map) =>
        map.Map("groups", "a heading for each group of signs, such as 'spinal-pain: Back or neck pain'") is { } groups
            ? groups.Node.Children
                .Select(c => (Id: (c.Key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "", Title: groups.Optional((c.Key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "") ?? ""))
                .Where(g => g.Id.Length > 0 && g.Title.Length > 0)
                .ToImmutableArray()
            : [];

    private static ImmutableArray<Region> ReadRegions(YamlMap map, string file, DiagnosticBag diagnostics)
    {
        var regions = ImmutableArray.CreateBuilder<Region>();
        foreach (var entry in map.List("regions", "code, name, number and department for each region", DiagnosticCodes.RegionIncomplete))
        {
            var code = entry.Required("code", "a short code such as uk");
            var name = entry.Required("name", "the region's name");
            var number = entry.Required("number", "the emergency number, in quotes, such as \"999\"");
            var department = entry.Required("department", "what the emergency department is called there, such as A&E");
            if (code is null || name is null || number is null || department is null)
            {
                continue;
            }

            if (!number.All(char.IsAsciiDigit))
            {
                diagnostics.Error(DiagnosticCodes.RegionIncomplete, file, entry.PositionOf("number").Line, entry.PositionOf("number").Column,
                    $"the emergency number for {name} must be digits only, in quotes, such as \"999\" (found '{number}').");
                continue;
            }

            if (regions.Any(r => r.Code == code))
            {
                diagnostics.Error(DiagnosticCodes.RegionIncomplete, file, entry.At.Line, entry.At.Column, $"the region code '{code}' is used twice: give each region its own code.");
                continue;
            }

            regions.Add(new Region(code, name, number, department));
        }

        return regions.ToImmutable();
    }

    private static ImmutableArray<RedFlag> ReadFlags(YamlMap map, string file, DiagnosticBag diagnostics)
    {
        var flags = ImmutableArray.CreateBuilder<RedFlag>();
        foreach (var entry in map.List("flags", "id, text, words, tier and pages for each warning sign"))
        {
            var id = entry.Required("id", "a short name in lower case, such as leg-weakness");
            var text = entry.Required("text", "the sign in plain words, completing a sentence that ends 'if:'");
            var tier = entry.Required("tier", $"one of {string.Join(", ", RedFlagRegistry.TierIds)}");
            if (id is null || text is null || tier is null)
            {
                continue;
            }

            if (!RedFlagRegistry.TierIds.Contains(tier))
            {
                var at = entry.PositionOf("tier");
                diagnostics.Error(DiagnosticCodes.UnknownTier, file, at.Line, at.Column, $"unknown tier '{tier}' for flag '{id}': use one of {string.Join(", ", RedFlagRegistry.TierIds)}.");
                continue;
            }

            var clash = flags.FirstOrDefault(f => f.Id == id || string.Equals(f.Text, text, StringComparison.OrdinalIgnoreCase));
            if (clash is not null)
            {
                var what = clash.Id == id ? $"the id '{id}'" : $"the same wording as '{clash.Id}'";
                diagnostics.Error(DiagnosticCodes.DuplicateRedFlag, file, entry.At.Line, entry.At.Column,
                    $"another flag already has {what} (line {clash.At.Line}): each sign appears once, at one tier.");
                continue;
            }

            flags.Add(new RedFlag(id, text, tier, entry.At)
            {
                Words = entry.Strings("words").Select(w => w.Value).ToImmutableArray(),
                Pages = entry.Strings("pages").Select(p => new RelatedRef(p.Value, YamlDocumentReader.PositionOf(p.Node, 1))).ToImmutableArray(),
                Group = entry.Optional("group") ?? "",
                CancerHistoryOnly = entry.Optional("cancer-history-only") is "true" or "yes",
            });
        }

        return flags.ToImmutable();
    }
}
