using System.Collections.Immutable;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Reports pages that share a slug, since cross-links name pages by slug alone, and a missing home or get-help-now page.</summary>
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

        // Every page links to these two; without them the theme's links break on every page.
        var slugs = documents.Where(d => d.Meta is not null).Select(d => d.Meta!.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var (slug, file, what) in new[] { ("home", "index.md", "the home page"), ("get-help-now", "get-help-now.md", "the page every header links to for urgent help") })
        {
            if (!slugs.Contains(slug))
            {
                context.Diagnostics.Error(DiagnosticCodes.RequiredFileMissing, context.Display(Path.Combine(context.Options.InputDirectory, file)), 0, 0,
                    $"{file} is missing: it is {what}. Add it with front matter (title, kind, summary) and its text.");
            }
        }

        return Task.FromResult(documents);
    }
}
