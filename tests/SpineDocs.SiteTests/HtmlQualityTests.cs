using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SpineDocs.Content;
using Xunit.Abstractions;

namespace SpineDocs.SiteTests;

/// <summary>Every built page: valid HTML, unique ids, text alternatives, structured data, sharing metadata and weight.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlQualityTests(BuiltSite site, ITestOutputHelper output)
{
    public const int BudgetBytes = 30 * 1024;

    [Fact]
    public void Every_page_parses_without_html_errors()
    {
        // Given
        var errors = new List<string>();
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        files.Length.ShouldBe(site.Pages.Count);

        // When
        foreach (var file in files)
        {
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{site.UrlOf(file)} ({error.Position.Line},{error.Position.Column}): {error.Message}" : $"{site.UrlOf(file)}: {e.Type}");
            parser.ParseDocument(File.ReadAllText(file));
        }

        // Then
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void No_page_has_duplicate_ids_an_image_without_alt_or_a_link_without_text()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty(url);
            page.QuerySelectorAll("img:not([alt])").ShouldBeEmpty(url);
            page.QuerySelectorAll("a").Where(a => string.IsNullOrWhiteSpace(a.TextContent) && string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")))
                .Select(a => a.OuterHtml).ShouldBeEmpty(url);
        }
    }

    [Fact]
    public void Every_page_head_carries_the_character_set_viewport_colour_schemes_title_and_sharing_names()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            page.QuerySelector("meta[charset]").ShouldNotBeNull(url).GetAttribute("charset").ShouldBe("utf-8", url);
            page.QuerySelector("meta[name=viewport]").ShouldNotBeNull(url).GetAttribute("content").ShouldBe("width=device-width, initial-scale=1", url);
            page.QuerySelector("meta[name=color-scheme]").ShouldNotBeNull(url).GetAttribute("content").ShouldBe("light dark", url);
            page.Title.ShouldBe(url == "/" ? site.Site.Name : $"{page.QuerySelector("h1").ShouldNotBeNull(url).TextContent} | {site.Site.Name}", url);
            page.QuerySelector("meta[property='og:type']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(url == "/" ? "website" : "article", url);
            page.QuerySelector("meta[property='og:site_name']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(site.Site.Name, url);
            page.QuerySelector("meta[property='og:locale']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(site.Site.Language.Replace('-', '_'), url);
            page.QuerySelector("link[rel=icon]").ShouldNotBeNull(url).GetAttribute("href").ShouldNotBeNullOrWhiteSpace(url);
            page.QuerySelector("link[rel=stylesheet]").ShouldNotBeNull(url).GetAttribute("href").ShouldStartWith("/assets/", customMessage: url);
            page.DocumentElement.GetAttribute("lang").ShouldBe(site.Site.Language, url);
        }
    }

    [Fact]
    public void Every_page_has_open_graph_metadata_and_a_canonical_url()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            var canonical = page.QuerySelector("link[rel=canonical]").ShouldNotBeNull(url).GetAttribute("href");
            canonical.ShouldBe(site.Site.BaseUrl + url, url);
            page.QuerySelector("meta[property='og:url']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(canonical, url);
            page.QuerySelector("meta[property='og:title']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(page.QuerySelector("h1").ShouldNotBeNull(url).TextContent, url);
            var description = page.QuerySelector("meta[name=description]").ShouldNotBeNull(url).GetAttribute("content");
            description.ShouldNotBeNullOrWhiteSpace(url);
            page.QuerySelector("meta[property='og:description']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(description, url);
        }
    }

    [Fact]
    public void Each_medical_page_describes_itself_in_json_ld_with_only_what_the_page_shows()
    {
        // Given
        var checkedConditions = 0;

        // Then
        foreach (var (url, page) in site.Pages)
        {
            var script = page.QuerySelector("script[type='application/ld+json']").ShouldNotBeNull(url);
            using var json = JsonDocument.Parse(script.TextContent);
            var data = json.RootElement;
            data.GetProperty("url").GetString().ShouldBe(site.Site.BaseUrl + url, url);
            var meta = site.SourceOf(url)?.Meta;
            if (meta is null || !KindRules.ByKind[meta.Kind].NeedsReview)
            {
                data.GetProperty("@type").GetString().ShouldBe("WebPage", url);
                continue;
            }

            data.GetProperty("@type").GetString().ShouldBe("MedicalWebPage", url);
            data.GetProperty("lastReviewed").GetString().ShouldBe(page.QuerySelector(".review-dates time")!.GetAttribute("datetime"), url);
            if (meta.Kind != PageKind.Condition)
            {
                continue;
            }

            var about = data.GetProperty("about");
            about.GetProperty("@type").GetString().ShouldBe("MedicalCondition", url);
            var text = page.QuerySelector("main")!.TextContent;
            foreach (var sign in about.GetProperty("signOrSymptom").EnumerateArray())
            {
                text.ShouldContain(sign.GetProperty("name").GetString()!, Case.Sensitive, url);
            }

            if (about.TryGetProperty("possibleTreatment", out var treatments))
            {
                foreach (var treatment in treatments.EnumerateArray())
                {
                    var path = treatment.GetProperty("url").GetString()![site.Site.BaseUrl.Length..];
                    page.QuerySelector($"main a[href='{path}']").ShouldNotBeNull($"{url} names {path} as a treatment but does not link it");
                }
            }

            checkedConditions++;
        }

        checkedConditions.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void The_sitemap_gives_each_reviewed_page_its_review_date()
    {
        // Given
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var entries = sitemap.Descendants(ns + "url").ToList();
        entries.Count.ShouldBe(site.Pages.Count - 1, "every page but 404 is in the sitemap");

        // Then
        foreach (var entry in entries)
        {
            var url = entry.Element(ns + "loc").ShouldNotBeNull().Value[site.Site.BaseUrl.Length..];
            var reviewed = site.SourceOf(url)?.Meta?.Reviewed;
            var lastmod = entry.Element(ns + "lastmod")?.Value;
            lastmod.ShouldBe(reviewed?.ToString("yyyy-MM-dd"), url);
        }

        entries.Count(e => e.Element(ns + "lastmod") is not null).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Every_page_with_its_css_and_scripts_compressed_weighs_at_most_30_kb()
    {
        // Given: what a host sends for a page, compressed, without the search index that loads only on use
        var weights = new List<(string Url, long Bytes)>();
        foreach (var (url, page) in site.Pages)
        {
            var files = new List<string> { Path.Combine(site.Output, Routes.FileFor(url)) };
            files.AddRange(page.QuerySelectorAll("link[rel=stylesheet], link[rel~=icon], script[src]")
                .Select(e => Path.Combine(site.Output, (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart('/'))));
            weights.Add((url, files.Sum(Compressed)));
        }

        // When
        var ordered = weights.OrderBy(w => w.Bytes).ToList();
        output.WriteLine($"heaviest: {ordered[^1].Url} {ordered[^1].Bytes} bytes; median: {ordered[ordered.Count / 2].Url} {ordered[ordered.Count / 2].Bytes} bytes; lightest: {ordered[0].Url} {ordered[0].Bytes} bytes");

        // Then
        weights.Where(w => w.Bytes > BudgetBytes).Select(w => $"{w.Url}: {w.Bytes} bytes").ShouldBeEmpty();
    }

    private static long Compressed(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return buffer.Length;
    }
}
