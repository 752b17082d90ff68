using AngleSharp.Dom;

namespace SpineDocs.SiteTests;

/// <summary>Checks links over the written files, independently of the generator's own validator.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LinkTests(BuiltSite site)
{
    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_written_file()
    {
        // When
        var broken = Internal().Where(l => !File.Exists(FileFor(l.Path))).Select(l => $"{l.Page} → {l.Href}").ToList();

        // Then
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void Every_fragment_names_an_element_on_the_target_page()
    {
        // When
        var broken = Internal()
            .Where(l => l.Fragment.Length > 0)
            .Where(l => !site.Pages.TryGetValue(l.Path, out var target) || target.GetElementById(l.Fragment) is null)
            .Select(l => $"{l.Page} → {l.Href}")
            .ToList();

        // Then
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void The_site_links_to_no_other_origin_for_its_own_assets()
    {
        // When
        var external = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("link[rel=stylesheet], link[rel~=icon], link[rel=preload], script[src], img[src]").Select(e => (p.Key, Value: e.GetAttribute("href") ?? e.GetAttribute("src")!)))
            .Where(x => x.Value.Contains("//", StringComparison.Ordinal))
            .ToList();

        // Then
        external.ShouldBeEmpty();
    }

    private IEnumerable<(string Page, string Href, string Path, string Fragment)> Internal()
    {
        foreach (var (url, page) in site.Pages)
        {
            foreach (var element in page.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(new Uri("https://site" + url), href);
                yield return (url, href, target.AbsolutePath, Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
            }
        }
    }

    private string FileFor(string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        return Path.Combine(site.Output, relative);
    }
}
