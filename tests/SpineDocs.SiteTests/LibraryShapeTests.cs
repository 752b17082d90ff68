using AngleSharp.Dom;
using SpineDocs.Content;

namespace SpineDocs.SiteTests;

/// <summary>The patient library's shape: complete condition pages, and no page that readers cannot reach from another.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LibraryShapeTests(BuiltSite site)
{
    [Fact]
    public void Every_condition_page_has_a_card_sources_review_dates_and_three_links_to_other_pages()
    {
        // Given
        var conditions = Authored().Where(p => site.SourceOf(p.Url)!.Meta!.Kind == PageKind.Condition).ToList();

        // Then
        conditions.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var (url, page) in conditions)
        {
            page.QuerySelector(".content .care-card--emergency").ShouldNotBeNull(url);
            page.QuerySelectorAll("#sources li").Length.ShouldBeGreaterThan(0, url);
            page.QuerySelector(".review-dates time").ShouldNotBeNull(url);
            PagesLinkedFrom(url, page.QuerySelector(".content")!).Count.ShouldBeGreaterThanOrEqualTo(3, url);
        }
    }

    [Fact]
    public void Every_test_treatment_and_guide_page_has_sources_review_dates_and_three_links_to_other_pages()
    {
        // Given
        var pages = Authored().Where(p => site.SourceOf(p.Url)!.Meta!.Kind is PageKind.Test or PageKind.Treatment or PageKind.Guide).ToList();

        // Then
        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var (url, page) in pages)
        {
            page.QuerySelectorAll("#sources li").Length.ShouldBeGreaterThan(0, url);
            page.QuerySelector(".review-dates time").ShouldNotBeNull(url);
            PagesLinkedFrom(url, page.QuerySelector(".content")!).Count.ShouldBeGreaterThanOrEqualTo(3, url);
        }
    }

    [Fact]
    public void No_page_is_orphaned_every_page_is_linked_from_another_page_besides_the_indexes()
    {
        // Given
        var authored = Authored().ToList();
        var linked = authored.SelectMany(p => PagesLinkedFrom(p.Url, p.Page.QuerySelector("main")!)).ToHashSet(StringComparer.Ordinal);

        // When
        var orphans = authored.Select(p => p.Url).Where(u => u != "/" && !linked.Contains(u)).ToList();

        // Then
        orphans.ShouldBeEmpty();
    }

    private IEnumerable<(string Url, IDocument Page)> Authored() =>
        site.Pages.Where(p => site.SourceOf(p.Key) is not null).Select(p => (p.Key, p.Value));

    /// <summary>Other pages of the site that links inside <paramref name="scope"/> lead to.</summary>
    private HashSet<string> PagesLinkedFrom(string url, IElement scope) =>
        scope.QuerySelectorAll("a[href^='/']")
            .Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(target => target != url && site.SourceOf(target) is not null)
            .ToHashSet(StringComparer.Ordinal);
}
