using AngleSharp.Dom;
using SpineDocs.Modules.Validation;

namespace SpineDocs.SiteTests;

/// <summary>The build reads pages with the tokenizer alone; its facts must match what a full DOM of the written page shows.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlFactsTests(BuiltSite site)
{
    [Fact]
    public void The_build_sees_the_same_ids_links_and_emergency_cards_as_a_full_parse_of_every_page()
    {
        foreach (var (url, page) in site.Pages)
        {
            // Given
            var facts = IndexHtml.Read(File.ReadAllText(Path.Combine(site.Output, SpineDocs.Content.Routes.FileFor(url))));
            var cards = page.QuerySelectorAll(".content .care-card--emergency");

            // When
            var seen = (
                Ids: facts.Ids.Order(StringComparer.Ordinal).ToList(),
                facts.Links,
                facts.SectionIds,
                facts.EmergencyCardPhoneLinks,
                facts.EmergencyCards);
            var expected = (
                Ids: page.QuerySelectorAll("[id]").Select(e => e.Id!).Distinct().Order(StringComparer.Ordinal).ToList(),
                Links: page.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src], iframe[src], form[action]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!).ToList(),
                Sections: page.QuerySelectorAll(".content h2[id]").Select(e => e.Id!).ToList(),
                Phones: cards.SelectMany(c => c.QuerySelectorAll("a[href^='tel:']")).Select(a => a.GetAttribute("href")!).ToList(),
                Cards: cards.Length);

            // Then
            seen.Ids.ShouldBe(expected.Ids, url);
            seen.Links.ToList().ShouldBe(expected.Links, url);
            seen.SectionIds.ToList().ShouldBe(expected.Sections, url);
            seen.EmergencyCardPhoneLinks.ToList().ShouldBe(expected.Phones, url);
            seen.EmergencyCards.ShouldBe(expected.Cards, url);
        }
    }
}
