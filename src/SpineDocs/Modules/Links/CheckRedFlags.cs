using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Checks the registry's pages exist and every <c>::: red-flags tier [group]</c> list names a tier and groups that have flags.</summary>
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

        var groups = registry.Flags.Select(f => f.Group).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);

        // A registry that could not be read is reported once, not again at every list that uses it.
        foreach (var document in registry.Flags.Length > 0 ? documents : [])
        {
            foreach (var list in document.RedFlagLists)
            {
                if (Problem([.. list.Arguments], registry, groups) is { } problem)
                {
                    context.Diagnostics.Error(DiagnosticCodes.UnknownRedFlagList, context.Display(document.Source), list.At.Line, list.At.Column, problem);
                }
            }
        }

        return Task.FromResult(documents);
    }

    private static string? Problem(string[] arguments, RedFlagRegistry registry, HashSet<string> groups)
    {
        var tiers = string.Join(", ", RedFlagRegistry.TierIds);
        if (arguments.Length == 0 || !RedFlagRegistry.TierIds.Contains(arguments[0]))
        {
            return $"'::: red-flags' needs a tier: write '::: red-flags emergency' (tiers: {tiers}).";
        }

        if (arguments.Skip(1).FirstOrDefault(g => !groups.Contains(g)) is { } unknown)
        {
            return $"red-flags.yml has no group '{unknown}': use one of {string.Join(", ", groups.Order())}, or none for the whole tier.";
        }

        return registry.FlagsOf(arguments[0], arguments[1..]).Any()
            ? null
            : $"red-flags.yml has no {arguments[0]} flags{(arguments.Length > 1 ? " in " + string.Join(", ", arguments[1..]) : "")}: add them, or choose another list.";
    }
}
