using System.Collections.Immutable;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Data;

/// <summary>Checks that the region <c>site.yml</c> names is one of the registry's regions.</summary>
public sealed class CheckRegion : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var registry = context.RedFlags;
        if (documents.FirstOrDefault(d => d.Site is not null) is { Site: { } site } config
            && registry.Regions.Length > 0 && registry.RegionFor(site.RegionCode) is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.UnknownRegion, context.Display(config.Source), site.RegionAt.Line, site.RegionAt.Column,
                $"the region '{site.RegionCode}' is not in red-flags.yml: use one of {string.Join(", ", registry.Regions.Select(r => r.Code))}.");
        }

        return Task.FromResult(documents);
    }
}
