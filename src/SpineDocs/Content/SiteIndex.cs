using System.Collections.Frozen;
using System.Collections.Immutable;
using SpineDocs.Pipeline;

namespace SpineDocs.Content;

/// <summary>Every page of the site by slug and by source path, for resolving links in one lookup.</summary>
public sealed class SiteIndex
{
    private SiteIndex(FrozenDictionary<string, Document> bySlug, FrozenDictionary<string, Document> bySource)
    {
        BySlug = bySlug;
        BySource = bySource;
    }

    public FrozenDictionary<string, Document> BySlug { get; }

    public FrozenDictionary<string, Document> BySource { get; }

    public IEnumerable<Document> Pages => BySlug.Values.OrderBy(d => d.Meta!.Title, StringComparer.OrdinalIgnoreCase);

    public static SiteIndex Build(ImmutableArray<Document> documents)
    {
        var bySlug = new Dictionary<string, Document>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Meta is not null && !d.IsGenerated).OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            bySlug.TryAdd(document.Meta!.Slug, document);
            bySource.TryAdd(Path.GetFullPath(document.Source), document);
        }

        return new SiteIndex(bySlug.ToFrozenDictionary(), bySource.ToFrozenDictionary());
    }

    public static bool HasAnchor(Document page, string anchor) =>
        page.Anchors.Contains(anchor) || ThemeAnchors.Contains(anchor);

    /// <summary>Ids the layout writes; the check over the produced HTML confirms each page really has them.</summary>
    public static readonly FrozenSet<string> ThemeAnchors = new[] { "main", "sources", "related", "on-this-page" }.ToFrozenSet();
}
