using System.Xml.Linq;

namespace SpineDocs.SiteTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class SitemapTests(BuiltSite site)
{
    [Fact]
    public void Every_page_but_the_404_is_in_the_sitemap_under_the_base_url()
    {
        // Given
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));

        // When
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();

        // Then
        var expected = site.Pages.Keys.Where(u => u != "/404.html").Select(u => site.Site.BaseUrl + u);
        locations.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        // When
        var robots = File.ReadAllText(Path.Combine(site.Output, "robots.txt"));

        // Then
        robots.ShouldContain($"Sitemap: {site.Site.BaseUrl}/sitemap.xml");
    }
}
