using SpineDocs.Content;

namespace SpineDocs.SiteTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class PageStructureTests(BuiltSite site)
{
    [Fact]
    public void Every_page_has_one_h1_a_title_a_description_and_a_language()
    {
        // When
        var problems = site.Pages.SelectMany(p =>
        {
            var (url, page) = (p.Key, p.Value);
            var found = new List<string>();
            if (page.QuerySelectorAll("h1").Length != 1)
            {
                found.Add($"{url}: {page.QuerySelectorAll("h1").Length} h1 elements");
            }

            if (string.IsNullOrWhiteSpace(page.Title))
            {
                found.Add($"{url}: no <title>");
            }

            if (string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")))
            {
                found.Add($"{url}: no meta description");
            }

            if (string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")))
            {
                found.Add($"{url}: no lang");
            }

            return found;
        }).ToList();

        // Then
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_condition_page_has_an_emergency_card_that_calls_the_sites_number()
    {
        // Given
        var conditions = site.Pages.Where(p => site.SourceOf(p.Key)?.Meta?.Kind == PageKind.Condition).ToList();
        var number = site.Result.Context.Region.EmergencyNumber;

        // Then
        conditions.ShouldNotBeEmpty();
        foreach (var (url, page) in conditions)
        {
            var card = page.QuerySelector(".care-card--emergency").ShouldNotBeNull(url);
            card.QuerySelector($"a[href='tel:{number}']").ShouldNotBeNull(url);
            card.QuerySelector(".visually-hidden")!.TextContent.ShouldBe("Emergency: ", url);
        }
    }

    [Fact]
    public void Every_page_carries_the_sections_its_kind_requires()
    {
        // When
        var missing = site.Pages
            .Select(p => (Url: p.Key, Page: p.Value, Meta: site.SourceOf(p.Key)?.Meta))
            .Where(p => p.Meta is not null)
            .SelectMany(p => KindRules.ByKind[p.Meta!.Kind].Sections
                .Where(s => p.Page.QuerySelector($".content h2#{s.Id}") is null)
                .Select(s => $"{p.Url}: #{s.Id}"))
            .ToList();

        // Then
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_page_shows_the_get_help_now_link_in_the_header()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            page.QuerySelector("header.site-header a.help-now[href='/get-help-now/']").ShouldNotBeNull(url);
            page.QuerySelector("a.skip-link[href='#main']").ShouldNotBeNull(url);
            page.GetElementById("main").ShouldNotBeNull(url);
        }
    }

    [Fact]
    public void Medical_pages_show_their_review_dates_and_sources()
    {
        // Given
        var medical = site.Pages.Where(p => site.SourceOf(p.Key)?.Meta is { } m && KindRules.ByKind[m.Kind].NeedsReview).ToList();

        // Then
        medical.ShouldNotBeEmpty();
        foreach (var (url, page) in medical)
        {
            page.QuerySelector(".review-dates")!.TextContent.ShouldContain("Page last reviewed", customMessage: url);
            page.QuerySelector(".review-dates")!.TextContent.ShouldContain("Next review due", customMessage: url);
            page.QuerySelectorAll("#sources li").Length.ShouldBeGreaterThan(0, url);
        }
    }

    [Fact]
    public void No_page_has_an_inline_script_or_style()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            page.QuerySelectorAll("script:not([src]):not([type='application/json']):not([type='application/ld+json']), style, [style]").ShouldBeEmpty(url);
            page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty(url);
        }
    }
}
