using Microsoft.Playwright;

namespace SpineDocs.SiteTests.Browser;

/// <summary>What the reader meets in Chromium on every page: privacy, the keyboard, reading order without CSS, and printing.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReaderExperienceTests(BrowserSite browser)
{
    [Fact]
    public async Task No_page_requests_another_origin_sets_a_cookie_or_stores_anything()
    {
        // When: every page, with search and the checklist in use
        var sweep = await browser.SweepAsync();

        // Then
        sweep.Requests.Count.ShouldBeGreaterThan(sweep.Pages);
        sweep.Requests.Where(r => !r.StartsWith(browser.Server.Address + "/", StringComparison.Ordinal)).ShouldBeEmpty();
        sweep.Requests.ShouldContain(r => r.Contains("/pagefind/", StringComparison.Ordinal), "search must have loaded its index");
        sweep.Cookies.ShouldBe(0);
        sweep.StoredItems.ShouldBe(0);
    }

    [Fact]
    public async Task A_region_chosen_on_the_checklist_shows_on_every_cards_numbers_and_the_footer()
    {
        // Given: a reader in Australia remembers their region on the checklist
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/checklist/"));
        await page.SelectOptionAsync("#checklist-region", "au");
        await page.CheckAsync("#checklist-remember");

        // When
        await page.GotoAsync(browser.Url("/conditions/spinal-cord-compression/"));
        var card = page.Locator("section.care-card:has(ul[data-tier=emergency])").First;
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.region === 'au'");

        // Then
        (await card.Locator(".care-card__note").InnerTextAsync()).ShouldContain("call 000 or go to the emergency department");
        (await card.Locator("a.call-button").GetAttributeAsync("href")).ShouldBe("tel:000");
        (await card.Locator("[data-region-name]").InnerTextAsync()).ShouldBe("Australia");
        (await page.Locator(".site-footer a[data-tel]").InnerTextAsync()).ShouldBe("000");
        (await page.Locator(".content").InnerTextAsync()).ShouldNotContain("999");
    }

    [Fact]
    public async Task Without_a_chosen_region_the_page_shows_the_sites_region_and_loads_no_region_data()
    {
        // Given
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        // When
        await page.GotoAsync(browser.Url("/conditions/spinal-cord-compression/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Then
        (await page.Locator(".care-card--emergency a.call-button").First.GetAttributeAsync("href")).ShouldBe($"tel:{browser.Site.Result.Context.Region.EmergencyNumber}");
        requests.ShouldNotContain(r => r.EndsWith("/regions.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_is_visible_when_focused_and_moves_focus_to_the_content()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/conditions/spinal-cord-compression/"));

        // When
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        await page.Keyboard.PressAsync("Enter");

        // Then
        first.ShouldBe("skip-link");
        box!.Y.ShouldBeGreaterThanOrEqualTo(0);
        box.Height.ShouldBeGreaterThanOrEqualTo(24);
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }

    [Fact]
    public async Task Focus_is_always_visible_and_targets_are_at_least_24_pixels()
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var problems = new List<string>();

        // When: tab through the first sixty stops of a content page and of the checklist
        foreach (var (url, i) in new[] { "/conditions/spinal-cord-compression/", "/checklist/" }.SelectMany(u => Enumerable.Range(0, 60).Select(i => (u, i))))
        {
            if (i == 0)
            {
                await page.GotoAsync(browser.Url(url));
            }

            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusInfo>("""
                () => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  const r = e.getBoundingClientRect();
                  // Links inside a sentence are exempt from the target size (WCAG 2.5.8, inline).
                  const inline = e.closest('.content p, .content li, .disclaimer') !== null;
                  return { name: e.outerHTML.slice(0, 80), outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, w: inline ? 24 : r.width, h: inline ? 24 : r.height };
                }
                """);
            if (focus.Outline == "none" && focus.Shadow == "none")
            {
                problems.Add($"{url}: no visible focus: {focus.Name}");
            }

            if (focus.W < 24 || focus.H < 24)
            {
                problems.Add($"{url}: smaller than 24 px ({focus.W}x{focus.H}): {focus.Name}");
            }
        }

        // Then
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_css_every_page_reads_in_a_sensible_order()
    {
        // When
        var sweep = await browser.SweepAsync();

        // Then: skip link, get help now, title, content, footer, top to bottom
        sweep.ReadingOrderProblems.ShouldBeEmpty(string.Join("; ", sweep.ReadingOrderProblems.Take(5)));
    }

    [Fact]
    public async Task Each_template_prints_without_navigation_with_link_addresses_and_cards_bordered_by_tier()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var templates = browser.Site.OnePerTemplate();
        templates.Count.ShouldBeGreaterThanOrEqualTo(11);

        // When / Then
        foreach (var url in templates)
        {
            await page.GotoAsync(browser.Url(url));
            (await page.Locator(".site-nav").IsVisibleAsync()).ShouldBeFalse(url);
            (await page.Locator(".site-search").IsVisibleAsync()).ShouldBeFalse(url);
            (await page.Locator(".breadcrumbs").CountAsync() == 0 || !await page.Locator(".breadcrumbs").IsVisibleAsync()).ShouldBeTrue(url);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
            System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-", url);
        }

        await page.GotoAsync(browser.Url("/conditions/spinal-metastasis/"));
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.content a[href^=\"/\"]'), '::after').content");
        after.ShouldContain("(/");
        var borders = await page.EvaluateAsync<double[]>("""
            () => ['emergency', 'urgent', 'soon'].map(t => parseFloat(getComputedStyle(document.querySelector('.care-card--' + t)).borderLeftWidth))
            """);
        borders[0].ShouldBeGreaterThan(borders[1]);
        borders[1].ShouldBeGreaterThan(borders[2]);
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.care-card')).breakInside")).ShouldBe("avoid");
    }

    private sealed class FocusInfo
    {
        public string Name { get; set; } = "";

        public string Outline { get; set; } = "";

        public double Width { get; set; }

        public string Shadow { get; set; } = "";

        public double W { get; set; }

        public double H { get; set; }
    }
}
