using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SpineDocs.SiteTests.Browser;

/// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules: every page as most readers see it, and each template in the other views.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserSite browser, ITestOutputHelper output)
{
    public static TheoryData<string, int> OtherViews => new()
    {
        { "dark", 375 },
        { "light", 1280 },
        { "dark", 1280 },
    };

    [Fact]
    public async Task Every_page_in_light_at_375_pixels_has_no_wcag_violations()
    {
        // When
        var sweep = await browser.SweepAsync();

        // Then
        sweep.AxeViolations.ToList().ForEach(output.WriteLine);
        sweep.AxeRulesPassed.ShouldBeGreaterThan(sweep.Pages * 10, "axe must have run its rules on every page");
        sweep.AxeViolations.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(OtherViews))]
    public async Task One_page_of_each_template_has_no_wcag_violations_in_the_other_views(string scheme, int width)
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var templates = browser.Site.OnePerTemplate();
        templates.Count.ShouldBeGreaterThanOrEqualTo(11);
        var failures = new List<string>();
        var rulesPassed = 0;

        // When
        foreach (var url in templates)
        {
            await page.GotoAsync(browser.Url(url));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. PageSweep.WcagTags] }, ResultTypes = [ResultType.Violations] });
            rulesPassed += result.Passes.Length;
            failures.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{url} [{scheme}, {width}px] {v.Id}: {string.Join(" ", n.Target)} ({v.Help})")));
        }

        // Then
        failures.ForEach(output.WriteLine);
        rulesPassed.ShouldBeGreaterThan(templates.Count * 10, "axe must have run its rules on every page");
        failures.ShouldBeEmpty();
    }
}
