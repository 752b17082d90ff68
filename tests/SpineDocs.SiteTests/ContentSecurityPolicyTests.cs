using System.Text.RegularExpressions;
using SpineDocs.SiteTests.Browser;

namespace SpineDocs.SiteTests;

/// <summary>The CSP in netlify.toml, parsed and checked against what the built site actually loads: everything needed, nothing more.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(BuiltSite site)
{
    private static readonly Dictionary<string, string[]> Policy =
        StaticSiteServer.NetlifyHeaders(Path.Combine(BuiltSite.RepositoryRoot, "netlify.toml"))["Content-Security-Policy"]
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [Fact]
    public void The_policy_allows_exactly_the_sources_the_built_pages_need()
    {
        // Given: what the built site loads
        var pages = site.Pages.Values.ToList();
        var needs = new Dictionary<string, string[]>
        {
            ["default-src"] = ["'none'"],
            ["script-src"] = pages.Any(p => p.QuerySelector("script[src]") is not null) ? ["'self'"] : [],
            ["style-src"] = pages.Any(p => p.QuerySelector("link[rel=stylesheet]") is not null) ? ["'self'"] : [],
            ["img-src"] = pages.Any(p => p.QuerySelector("img[src], link[rel~=icon]") is not null) ? ["'self'"] : [],
            ["connect-src"] = File.Exists(Path.Combine(site.Output, "search", "help.json")) ? ["'self'"] : [],
            ["worker-src"] = File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-worker.js")) ? ["'self'"] : [],
            ["form-action"] = pages.Any(p => p.QuerySelector("form[action]") is not null) ? ["'self'"] : [],
        };
        if (Directory.GetFiles(site.Output, "wasm.*", SearchOption.AllDirectories).Length > 0)
        {
            needs["script-src"] = [.. needs["script-src"], "'wasm-unsafe-eval'"];
        }

        // Then: each needed directive allows exactly that
        var needed = needs.Where(n => n.Value.Length > 0).ToList();
        needed.ShouldNotBeEmpty();
        foreach (var (directive, sources) in needed)
        {
            Policy.ShouldContainKey(directive);
            Policy[directive].ShouldBe(sources, ignoreOrder: true, directive);
        }

        // And nothing more: no other fetch directive, no host, no inline code, no data: or blob:
        var fetchDirectives = Policy.Keys.Where(k => k.EndsWith("-src", StringComparison.Ordinal));
        fetchDirectives.ShouldBe(needs.Where(n => n.Value.Length > 0).Select(n => n.Key).Where(k => k.EndsWith("-src", StringComparison.Ordinal)), ignoreOrder: true);
        Policy.Values.SelectMany(v => v).ShouldAllBe(source => Regex.IsMatch(source, "^'(self|none|wasm-unsafe-eval)'$"));
        Policy["frame-ancestors"].ShouldBe(["'none'"]);
        Policy["base-uri"].ShouldBe(["'none'"]);
    }

    [Fact]
    public void No_page_needs_inline_code_that_the_policy_would_block()
    {
        // Then
        foreach (var (url, page) in site.Pages)
        {
            page.QuerySelectorAll("script:not([src]):not([type='application/json']):not([type='application/ld+json'])").ShouldBeEmpty(url);
            page.QuerySelectorAll("[style], style").ShouldBeEmpty(url);
            page.QuerySelectorAll("a[href^='javascript:']").ShouldBeEmpty(url);
        }
    }
}
