using System.Collections.Immutable;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Reports pages that share a slug, since cross-links name pages by slug alone.</summary>
public sealed class CheckSlugs : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        foreach (var group in documents.Where(d => d.Meta is not null).GroupBy(d => d.Meta!.Slug).Where(g => g.Count() > 1))
        {
            var pages = group.OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
            foreach (var duplicate in pages.Skip(1))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateSlug, context.Display(duplicate.Source), 1, 1,
                    $"another page already has the slug '{group.Key}' ({context.Display(pages[0].Source)}): rename one of the files, since cross-links name pages by file name.");
            }
        }

        return Task.FromResult(documents);
    }
}
