using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Navigation;

/// <summary>Adds the generated pages: a section index per kind, the A–Z of every page and alias, and the 404 page.</summary>
public sealed class GenerateIndexes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = context.Index.Pages.Where(p => !p.IsHiddenDraft(context.Options)).ToList();
        var generated = ImmutableArray.CreateBuilder<Document>();
        foreach (var (kind, section) in KindRules.Sections.OrderBy(s => s.Key))
        {
            var items = pages.Where(p => p.Meta!.Kind == kind)
                .Select(p => new ListingItem(p.Meta!.Title, p.Url, p.Meta.Summary))
                .ToList();
            if (items.Count > 0)
            {
                generated.Add(Page($"{section.Folder}/index.html", section.Title,
                    $"Every {kind.ToString().ToLowerInvariant()} page in the library, with a one-line summary.",
                    [new ListingGroup(null, null, items)]));
            }
        }

        if (GeneratedPages.HasChecklist(context.RedFlags))
        {
            generated.Add(Page(GeneratedPages.Checklist, []));
        }

        if (context.Glossary.Entries.Length > 0)
        {
            generated.Add(Page(GeneratedPages.GlossaryPage, []));
        }

        generated.Add(Page(GeneratedPages.AtoZ, AtoZ(pages)));
        if (context.Options.Search)
        {
            generated.Add(Page(GeneratedPages.Search, []));
        }
        generated.Add(Page("404.html", "Page not found",
            "We could not find that page. It may have moved. Use the A to Z, or get help now if you are worried about symptoms.", []));
        return Task.FromResult(documents.AddRange(generated));
    }

    private static Document Page(GeneratedPages.Route route, ImmutableArray<ListingGroup> listing) =>
        Page(route.Destination, route.Title, route.Summary, listing);

    private static Document Page(string destination, string title, string summary, ImmutableArray<ListingGroup> listing) =>
        new Document("(generated)/" + destination, destination, "")
        {
            Meta = new PageMeta(SlugOf(destination), title, PageKind.Page, summary),
            Listing = listing,
            IsGenerated = true,
        };

    /// <summary><c>a-z/index.html</c> → <c>a-z</c>; <c>404.html</c> → <c>404</c>.</summary>
    private static string SlugOf(string destination) =>
        destination.EndsWith("/index.html", StringComparison.Ordinal) ? destination[..^"/index.html".Length] : Path.GetFileNameWithoutExtension(destination);

    private static ImmutableArray<ListingGroup> AtoZ(List<Document> pages)
    {
        var entries = pages.SelectMany(p => new[] { new ListingItem(p.Meta!.Title, p.Url, p.Meta.Summary) }
                .Concat(p.Meta.Aliases.Select(a => new ListingItem(a, p.Url, null, p.Meta.Title))))
            .DistinctBy(e => (e.Title.ToLowerInvariant(), e.Url))
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase);
        return entries
            .GroupBy(e => char.IsAsciiLetter(e.Title[0]) ? char.ToUpperInvariant(e.Title[0]).ToString() : "#")
            .Select(g => new ListingGroup(g.Key, g.Key == "#" ? "letter-other" : "letter-" + g.Key.ToLowerInvariant(), g.ToList()))
            .ToImmutableArray();
    }
}
