using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Checks the registry's pages exist and every <c>::: red-flags tier [groups or signs]</c> card names a tier, groups and signs that agree.</summary>
public sealed class CheckRedFlags : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var registry = context.RedFlags;
        var registryFile = context.OutputsOf(Pipelines.Data).FirstOrDefault(d => d.RedFlags is not null)?.Source;
        foreach (var (flag, page) in registry.Flags.SelectMany(f => f.Pages.Select(p => (f, p))).Where(x => !context.Index.BySlug.ContainsKey(x.p.Slug)))
        {
            var hint = EditDistance.Closest(page.Slug, context.Index.BySlug.Keys) is { } s ? $" Did you mean '{s}'?" : "";
            context.Diagnostics.Error(DiagnosticCodes.UnknownRedFlagPage, context.Display(registryFile!), page.At.Line, page.At.Column,
                $"flag '{flag.Id}' names the page '{page.Slug}', which does not exist.{hint}");
        }

        // A registry that could not be read is reported once, not again at every card that uses it.
        foreach (var document in registry.Flags.Length > 0 ? documents : [])
        {
            foreach (var list in document.RedFlagLists)
            {
                if (Problem(list, registry) is { } problem)
                {
                    context.Diagnostics.Error(DiagnosticCodes.UnknownRedFlagList, context.Display(document.Source), list.At.Line, list.At.Column, problem);
                }
            }
        }

        return Task.FromResult(documents);
    }

    private static string? Problem(RedFlagList list, RedFlagRegistry registry)
    {
        var tiers = string.Join(", ", registry.Tiers.Select(t => t.Id));
        if (!registry.TiersById.ContainsKey(list.Tier))
        {
            var hint = list.Tier.Length > 0 && EditDistance.Closest(list.Tier, registry.TiersById.Keys) is { } s ? $" Did you mean '{s}'?" : "";
            return list.Tier.Length == 0
                ? $"'::: red-flags' needs a tier: write '::: red-flags {registry.Tiers[0].Id}' (tiers: {tiers})."
                : $"red-flags.yml has no tier '{list.Tier}': use one of {tiers}.{hint}";
        }

        var groups = registry.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var selector in list.Selectors)
        {
            if (registry.FlagsById.TryGetValue(selector, out var flag))
            {
                var tier = flag.TierFor(!list.WithoutCancer);
                if (tier != list.Tier)
                {
                    return $"the sign '{selector}' is {tier}{(list.WithoutCancer ? " for readers who never had cancer" : "")}, not {list.Tier}: show it on a '::: red-flags {tier}' card, or change its tier in red-flags.yml.";
                }
            }
            else if (!groups.Contains(selector))
            {
                var hint = EditDistance.Closest(selector, groups.Concat(registry.FlagsById.Keys)) is { } s ? $" Did you mean '{s}'?" : "";
                return $"red-flags.yml has no group or sign '{selector}'.{hint}";
            }
        }

        return registry.FlagsOf(list.Tier, list.Selectors, list.WithoutCancer).Any()
            ? null
            : $"red-flags.yml has no {list.Tier} signs{(list.Selectors.IsEmpty ? "" : " in " + string.Join(", ", list.Selectors))}{(list.WithoutCancer ? " for readers who never had cancer" : "")}: add them, or choose another card.";
    }
}
