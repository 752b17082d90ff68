using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SpineDocs.SiteTests.Browser;

/// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on every built page, light and dark, phone and desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite browser, ITestOutputHelper output)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static TheoryData<string, int> Views => new()
    {
        { "light", 375 },
        { "dark", 375 },
        { "light", 1280 },
        { "dark", 1280 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_page_has_no_wcag_violations(string scheme, int width)
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var failures = new List<string>();
        var rulesPassed = 0;

        // When
        foreach (var url in browser.Site.Pages.Keys.Order())
        {
            await page.GotoAsync(browser.Url(url));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
            rulesPassed += result.Passes.Length;
            failures.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{url} [{scheme}, {width}px] {v.Id}: {string.Join(" ", n.Target)} ({v.Help})")));
        }

        // Then
        failures.ForEach(output.WriteLine);
        rulesPassed.ShouldBeGreaterThan(browser.Site.Pages.Count * 10, "axe must have run its rules on every page");
        failures.ShouldBeEmpty();
    }
}
