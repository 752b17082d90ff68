using System.Collections.Immutable;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;

namespace SpineDocs.Content.RedFlags;

/// <summary>Reads the <c>flags:</c> of <c>red-flags.yml</c>: each sign with its tier with and without a cancer history.</summary>
internal sealed class FlagReader(string file, DiagnosticBag diagnostics, IReadOnlyList<string> tiers, IReadOnlyList<string> groups, HashSet<string> references)
{
    private static readonly string[] Keys = ["id", "text", "words", "tier", "without-cancer", "group", "symptom", "advice", "say", "references", "pages"];

    public ImmutableArray<RedFlag> Read(YamlMap map)
    {
        var flags = ImmutableArray.CreateBuilder<RedFlag>();
        foreach (var entry in map.List("flags", "id, text, words, tier, without-cancer, group and pages for each warning sign"))
        {
            foreach (var (key, at) in entry.Keys().Where(k => !Keys.Contains(k.Name)))
            {
                var hint = key == "cancer-history-only"
                    ? " Give the sign's outcome for a reader who never had cancer as 'without-cancer:' instead."
                    : $" A flag has {string.Join(", ", Keys)}.";
                Error(DiagnosticCodes.RedFlagsInvalid, at, $"unknown flag field '{key}'.{hint}");
            }

            var id = entry.Required("id", "a short name in lower case, such as leg-weakness");
            var text = entry.Required("text", "the sign in plain words, completing a sentence that ends 'if:'");
            var tier = entry.Required("tier", $"the tier for someone who has or had cancer: one of {string.Join(", ", tiers)}");
            var withoutCancer = entry.Required("without-cancer", $"the tier for someone who never had cancer: one of {string.Join(", ", tiers)}");
            var group = entry.Required("group", $"the heading it is shown under: one of {string.Join(", ", groups)}");
            if (id is null || text is null || tier is null || withoutCancer is null || group is null)
            {
                continue;
            }

            if (Unknown(tier, entry.PositionOf("tier"), id) || Unknown(withoutCancer, entry.PositionOf("without-cancer"), id))
            {
                continue;
            }

            if (!groups.Contains(group))
            {
                Error(DiagnosticCodes.RedFlagsInvalid, entry.PositionOf("group"),
                    $"flag '{id}' needs a group from 'groups:' ({string.Join(", ", groups)}), so the checklist can show it under a heading.");
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

            flags.Add(new RedFlag(id, text, tier, withoutCancer, entry.At)
            {
                Words = [.. entry.Strings("words").Select(w => w.Value)],
                Pages = [.. entry.Strings("pages").Select(p => new RelatedRef(p.Value, YamlDocumentReader.PositionOf(p.Node, 1)))],
                Group = group,
                Symptom = entry.Optional("symptom") ?? id,
                Advice = entry.Optional("advice"),
                Say = entry.Optional("say"),
                References = RegistryParts.ReferenceIds(entry, file, diagnostics, references),
            });
        }

        return flags.ToImmutable();
    }

    private bool Unknown(string tier, Position at, string id)
    {
        if (tiers.Contains(tier))
        {
            return false;
        }

        var hint = EditDistance.Closest(tier, tiers) is { } s ? $" Did you mean '{s}'?" : "";
        Error(DiagnosticCodes.UnknownTier, at, $"unknown tier '{tier}' for flag '{id}': use one of {string.Join(", ", tiers)}.{hint}");
        return true;
    }

    private void Error(string code, Position at, string message) => diagnostics.Error(code, file, at.Line, at.Column, message);
}
