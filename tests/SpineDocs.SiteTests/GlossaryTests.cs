using AngleSharp.Dom;
using SpineDocs.Content;

namespace SpineDocs.SiteTests;

/// <summary>Glossary marking over the real built site: first use only, never in a heading or a link, always to an entry that exists.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class GlossaryTests(BuiltSite site)
{
    [Fact]
    public void The_glossary_page_lists_every_entry_with_its_anchor()
    {
        // Given
        var glossary = site.Pages[Glossary.Url];

        // Then
        site.Result.Context.Glossary.Entries.Length.ShouldBeGreaterThanOrEqualTo(60);
        foreach (var entry in site.Result.Context.Glossary.Entries)
        {
            glossary.GetElementById(entry.Id).ShouldNotBeNull(entry.Term);
            glossary.GetElementById(entry.Id)!.QuerySelector("dfn")!.TextContent.ShouldBe(entry.Term);
        }
    }

    [Fact]
    public void Each_term_is_marked_at_most_once_per_page_and_never_inside_a_heading_or_link()
    {
        // Given
        var marked = 0;

        // Then
        foreach (var (url, page) in site.Pages)
        {
            var terms = page.QuerySelectorAll("a.glossary-term");
            marked += terms.Length;
            terms.GroupBy(a => a.GetAttribute("href")).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty(url);
            page.QuerySelectorAll("h1 a.glossary-term, h2 a.glossary-term, h3 a.glossary-term, h4 a.glossary-term, a a").ShouldBeEmpty(url);
        }

        marked.ShouldBeGreaterThan(site.Pages.Count);
    }

    [Fact]
    public void A_marked_term_is_the_first_use_of_that_term_in_the_pages_text()
    {
        // Given
        var glossary = site.Result.Context.Glossary;

        var marked = site.Pages.Where(p => p.Key != Glossary.Url && p.Value.QuerySelector(".content a.glossary-term") is not null).ToList();
        marked.Count.ShouldBeGreaterThan(20);

        // Then
        foreach (var (url, page) in marked)
        {
            var content = page.QuerySelector(".content").ShouldNotBeNull(url);
            foreach (var term in content.QuerySelectorAll("a.glossary-term"))
            {
                // Text before the marked term, outside headings, links and the registry's cards, must not already use any form of the term.
                var entry = glossary.ById[term.GetAttribute("href")!.Split('#')[1]];
                var before = TextBefore(content, term);
                glossary.Matcher!.Matches(before).Select(m => glossary.EntryFor(m.Value).Id).ShouldNotContain(entry.Id, $"{url}: {entry.Term}");
            }
        }
    }

    private static string TextBefore(AngleSharp.Dom.IElement root, AngleSharp.Dom.IElement target)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in root.Descendants<INode>())
        {
            if (node == target)
            {
                break;
            }

            if (node is AngleSharp.Dom.IText t && t.ParentElement?.Closest("h1, h2, h3, h4, h5, h6, a, .care-card") is null)
            {
                text.Append(t.Data).Append(' ');
            }
        }

        return text.ToString();
    }
}
