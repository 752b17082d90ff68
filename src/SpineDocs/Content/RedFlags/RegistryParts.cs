using System.Collections.Immutable;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;

namespace SpineDocs.Content.RedFlags;

/// <summary>Reads the references, tiers and regions of <c>red-flags.yml</c>.</summary>
internal static class RegistryParts
{
    private static readonly string[] TierKeys = ["style", "label", "heading", "action", "note", "say", "safety-net", "references"];

    public static ImmutableArray<RegistryReference> ReadReferences(YamlMap map, string file, DiagnosticBag diagnostics)
    {
        var references = ImmutableArray.CreateBuilder<RegistryReference>();
        foreach (var entry in map.List("references", "id, title, publisher, url and checked for each source the rules and numbers rest on"))
        {
            var id = entry.Required("id", "a short name to cite it by, such as nice-ng234");
            var title = entry.Required("title", "the source's title");
            var publisher = entry.Required("publisher", "who published it");
            var url = entry.Required("url", "its full https:// address");
            var checkedOn = entry.Required("checked", "the date you last checked the address, as YYYY-MM-DD");
            if (id is null || title is null || publisher is null || url is null || checkedOn is null)
            {
                continue;
            }

            if (!WebAddress.IsValid(url))
            {
                Error(diagnostics, file, entry.PositionOf("url"), $"the address '{url}' is not a full web address: write it as https://...");
            }
            else if (!DateOnly.TryParseExact(checkedOn, "yyyy-MM-dd", out var date))
            {
                Error(diagnostics, file, entry.PositionOf("checked"), $"'checked' must be a date written as YYYY-MM-DD (found '{checkedOn}').");
            }
            else if (references.Any(r => r.Id == id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRedFlag, file, entry.At.Line, entry.At.Column, $"another reference already has the id '{id}': give each its own id.");
            }
            else
            {
                references.Add(new RegistryReference(id, title, publisher, url, date, entry.At));
            }
        }

        return references.ToImmutable();
    }

    public static ImmutableArray<RedFlagTier> ReadTiers(YamlMap map, DiagnosticBag diagnostics, string file, HashSet<string> references)
    {
        if (map.Map("tiers", "each tier, most urgent first, with style, label, heading, action, say and safety-net") is not { } tiers)
        {
            return [];
        }

        var read = ImmutableArray.CreateBuilder<RedFlagTier>();
        foreach (var (id, at) in tiers.Keys())
        {
            if (tiers.Map(id, "style, label, heading, action, say and safety-net") is not { } tier)
            {
                continue;
            }

            foreach (var (key, keyAt) in tier.Keys().Where(k => !TierKeys.Contains(k.Name)))
            {
                Error(diagnostics, file, keyAt, $"unknown tier field '{key}': a tier has {string.Join(", ", TierKeys)}.");
            }

            var style = tier.Required("style", "emergency, urgent or soon: how its card looks");
            var label = tier.Required("label", "what a screen reader says before the heading, such as 'Emergency:'");
            var heading = tier.Required("heading", "the card heading, one call to action ending in 'if:'");
            var action = tier.Required("action", "what to do, in one or two sentences");
            var say = tier.Required("say", "what to say on the phone");
            var safetyNet = tier.Required("safety-net", "what to do if it gets worse");
            var cardStyle = CardStyle.Soon;
            if (style is not null && (!Enum.TryParse(style, ignoreCase: true, out cardStyle) || !style.All(char.IsAsciiLetterLower)))
            {
                Error(diagnostics, file, tier.PositionOf("style"), $"unknown style '{style}' for tier '{id}': use emergency, urgent or soon.");
            }

            if (heading is not null && !heading.EndsWith("if:", StringComparison.Ordinal))
            {
                Error(diagnostics, file, tier.PositionOf("heading"), $"the heading of tier '{id}' must be one call to action ending in 'if:', so each sign completes it.");
            }

            // An incomplete tier is reported above and still counts as a tier, so its signs are not reported again.
            read.Add(new RedFlagTier(id, read.Count, cardStyle, label ?? "", heading ?? "", action ?? "", say ?? "", safetyNet ?? "")
            {
                Note = tier.Optional("note"),
                References = ReferenceIds(tier, file, diagnostics, references),
            });
        }

        if (read.Count == 0)
        {
            Error(diagnostics, file, tiers.At, "'tiers' lists no tier: add each tier, most urgent first.");
        }

        return read.ToImmutable();
    }

    public static ImmutableArray<Region> ReadRegions(YamlMap map, string file, DiagnosticBag diagnostics, HashSet<string> references)
    {
        var regions = ImmutableArray.CreateBuilder<Region>();
        foreach (var entry in map.List("regions", "code, name, number, department, cancer-line and non-emergency for each region", DiagnosticCodes.RegionIncomplete))
        {
            var code = entry.Required("code", "a short code such as uk");
            var name = entry.Required("name", "the region's name");
            var number = entry.Required("number", "the emergency number, in quotes, such as \"999\"");
            var department = entry.Required("department", "what the emergency department is called there, such as A&E");
            var cancerLine = entry.Required("cancer-line", "how people under cancer care there name the number they ring day or night, such as 'your 24-hour cancer line'");
            var nonEmergency = entry.Map("non-emergency", "the name (and number, if there is one national number) of the line for health worries that are not emergencies");
            if (code is null || name is null || number is null || department is null || cancerLine is null || nonEmergency is null)
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

            var ids = ReferenceIds(entry, file, diagnostics, references);
            if (ids.IsEmpty)
            {
                diagnostics.Error(DiagnosticCodes.RegionIncomplete, file, entry.At.Line, entry.At.Column,
                    $"the emergency number for {name} needs 'references:' naming the official page that gives it.");
            }

            regions.Add(new Region(code, name, number, department)
            {
                CancerLine = cancerLine,
                NonEmergency = ReadLine(nonEmergency, file, diagnostics, references) ?? new HelpLine(cancerLine, null, null, null),
                Crisis = entry.Get("crisis") is null ? null : entry.Map("crisis", "name, number and hours of a line for someone in crisis") is { } crisis ? ReadLine(crisis, file, diagnostics, references) : null,
                Support = [.. entry.Get("support") is null ? [] : entry.List("support", "name, number and hours of each support line", DiagnosticCodes.RegionIncomplete)
                    .Select(s => ReadLine(s, file, diagnostics, references)).OfType<HelpLine>()],
                References = ids,
            });
        }

        return regions.ToImmutable();
    }

    /// <summary>A help line; one with a number must name the reference that verifies it.</summary>
    private static HelpLine? ReadLine(YamlMap line, string file, DiagnosticBag diagnostics, HashSet<string> references)
    {
        var name = line.Required("name", "what the service is called");
        var number = line.Optional("number");
        var reference = line.Optional("reference");
        if (name is null)
        {
            return null;
        }

        if (number is not null && reference is null)
        {
            diagnostics.Error(DiagnosticCodes.RegionIncomplete, file, line.At.Line, line.At.Column,
                $"the number for {name} needs 'reference:' naming the official page that gives it: publish no number from memory.");
        }
        else if (reference is not null && !references.Contains(reference))
        {
            UnknownReference(diagnostics, file, line.PositionOf("reference"), reference, references);
        }

        return new HelpLine(name, number, line.Optional("hours"), reference);
    }

    /// <summary>The ids under <c>references:</c>, each checked against the registry's list.</summary>
    public static ImmutableArray<string> ReferenceIds(YamlMap entry, string file, DiagnosticBag diagnostics, HashSet<string> references)
    {
        var ids = entry.Strings("references");
        foreach (var (id, node) in ids.Where(i => !references.Contains(i.Value)))
        {
            UnknownReference(diagnostics, file, YamlDocumentReader.PositionOf(node, 1), id, references);
        }

        return [.. ids.Select(i => i.Value).Where(references.Contains)];
    }

    private static void UnknownReference(DiagnosticBag diagnostics, string file, Position at, string id, HashSet<string> references)
    {
        var hint = EditDistance.Closest(id, references) is { } s ? $" Did you mean '{s}'?" : "";
        diagnostics.Error(DiagnosticCodes.UnknownRegistryReference, file, at.Line, at.Column, $"'{id}' is not one of the registry's references: add it under 'references:' with its address.{hint}");
    }

    private static void Error(DiagnosticBag diagnostics, string file, Position at, string message) =>
        diagnostics.Error(DiagnosticCodes.RedFlagsInvalid, file, at.Line, at.Column, message);
}
