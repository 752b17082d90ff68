using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SpineDocs.SiteTests.Browser;

/// <summary>
/// Every built page visited once, as most readers see it (light, 375 px), under the CSP: axe, policy violations,
/// every request, and the reading order without CSS. The page-wide browser tests assert on this one visit.
/// </summary>
public sealed record PageSweep(
    int Pages,
    int AxeRulesPassed,
    IReadOnlyList<string> AxeViolations,
    IReadOnlyList<string> PolicyViolations,
    IReadOnlyList<string> Requests,
    IReadOnlyList<string> ReadingOrderProblems,
    int Cookies,
    int StoredItems)
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private const string ViolationRecorder =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /// <summary>Two browser tabs share the pages, one per core: axe is most of the time and runs in each tab's own thread.</summary>
    public static async Task<PageSweep> RunAsync(BrowserSite browser)
    {
        var templates = browser.Site.OnePerTemplate().ToHashSet(StringComparer.Ordinal);
        var urls = browser.Site.Pages.Keys.Order(StringComparer.Ordinal).ToList();
        var halves = await Task.WhenAll(Enumerable.Range(0, 2).Select(half => VisitAsync(browser, urls.Where((_, i) => i % 2 == half).ToList(), templates)));
        return new PageSweep(
            urls.Count,
            halves.Sum(h => h.AxeRulesPassed),
            [.. halves.SelectMany(h => h.AxeViolations)],
            [.. halves.SelectMany(h => h.PolicyViolations)],
            [.. halves.SelectMany(h => h.Requests)],
            [.. halves.SelectMany(h => h.ReadingOrderProblems)],
            halves.Sum(h => h.Cookies),
            halves.Sum(h => h.StoredItems));
    }

    private static async Task<PageSweep> VisitAsync(BrowserSite browser, IReadOnlyList<string> urls, IReadOnlySet<string> templates)
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        await page.AddInitScriptAsync(ViolationRecorder);
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        var (axe, policy, order, passed) = (new List<string>(), new List<string>(), new List<string>(), 0);
        foreach (var url in urls)
        {
            await page.GotoAsync(browser.Url(url));
            await UseAsync(page, url, searchFromHeader: templates.Contains(url));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] }, ResultTypes = [ResultType.Violations] });
            passed += result.Passes.Length;
            axe.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{url} {v.Id}: {string.Join(" ", n.Target)} ({v.Help})")));
            policy.AddRange((await page.EvaluateAsync<string[]>("() => window.__violations")).Select(v => $"{url}: {v}"));
            order.AddRange(await ReadingOrderAsync(page, url));
        }

        var cookies = (await page.Context.CookiesAsync()).Count;
        var stored = await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length");
        await page.Context.CloseAsync();
        return new PageSweep(urls.Count, passed, axe, policy, requests, order, cookies, stored);
    }

    /// <summary>Uses what can load more: search (from the header on one page per template, and the search page) and the checklist.</summary>
    private static async Task UseAsync(IPage page, string url, bool searchFromHeader)
    {
        if (searchFromHeader)
        {
            await page.FillAsync("#site-search-input", "numb legs");
            await page.Locator(".site-search__results .search-result").First.WaitForAsync();
            await page.FillAsync("#site-search-input", "");
        }

        if (url == "/search/")
        {
            await page.FillAsync("#search-page-input", "numb legs");
            await page.WaitForFunctionAsync("() => document.querySelector('.search-panel__results')?.dataset.query === 'numb legs'");
        }

        if (url == "/checklist/")
        {
            await page.CheckAsync("fieldset[data-flag=limb-weakness] input[value=yes]");
        }
    }

    /// <summary>Without CSS: skip link, get help now, title, content, footer, from top to bottom.</summary>
    private static async Task<IEnumerable<string>> ReadingOrderAsync(IPage page, string url)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('link[rel=stylesheet]').forEach(l => l.disabled = true)");
        var order = await page.EvaluateAsync<double[]>("""
            () => ['.skip-link', '.help-now', 'main h1', 'main .content', 'footer']
              .map(s => document.querySelector(s).getBoundingClientRect().top + window.scrollY)
            """);
        return order.Zip(order.Skip(1)).All(p => p.First <= p.Second) && order[2] < order[4] ? [] : [$"{url}: {string.Join(", ", order)}"];
    }
}
