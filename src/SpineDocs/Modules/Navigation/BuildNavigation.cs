using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Navigation;

/// <summary>Gives each page its breadcrumbs and its related pages.</summary>
public sealed class BuildNavigation : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Meta is not { } meta)
        {
            return document;
        }

        var crumbs = ImmutableArray.CreateBuilder<PageLink>();
        if (document.Url != "/")
        {
            crumbs.Add(new PageLink("Home", "/"));
            // A section index exists only for kinds with a published page.
            if (KindRules.Sections.TryGetValue(meta.Kind, out var section) && !document.IsGenerated && context.PublishedKinds.Contains(meta.Kind))
            {
                crumbs.Add(new PageLink(section.Title, $"/{section.Folder}/"));
            }
        }

        var related = meta.Related
            .Select(r => context.Index.BySlug.GetValueOrDefault(r.Slug))
            .OfType<Document>()
            .Where(d => d != document)
            .Select(d => new PageLink(d.Meta!.Title, d.Url, d.Meta.Summary))
            .ToImmutableArray();

        return document with { Navigation = new PageNavigation(crumbs.ToImmutable(), related) };
    }
}
