using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SpineDocs.SiteTests.Browser;

/// <summary>Search in readers' words, in Chromium, against the real index and the site's CSP.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchTests(BrowserSite browser, ITestOutputHelper output)
{
    /// <summary>A reader's query and the page it must bring into the top three.</summary>
    public static TheoryData<string, string> Queries => new()
    {
        { "numb legs", "/conditions/spinal-cord-compression/" },
        { "can't pee", "/conditions/spinal-cord-compression/" },
        { "bone drugs jaw", "/conditions/osteonecrosis-of-the-jaw/" },
        { "MSCC", "/conditions/spinal-cord-compression/" },
        { "cord compression", "/conditions/spinal-cord-compression/" },
        { "secondary bone cancer", "/conditions/bone-metastases/" },
        { "high calcium", "/conditions/hypercalcaemia/" },
        { "hypercalcemia", "/conditions/hypercalcaemia/" },
        { "zoledronic acid", "/treatments/bone-strengthening-drugs/" },
        { "denosumab", "/treatments/bone-strengthening-drugs/" },
        { "dexamethasone", "/treatments/steroids/" },
        { "broken bone", "/conditions/pathological-fracture/" },
        { "is my back pain cancer", "/guides/is-it-cancer/" },
        { "SBRT", "/treatments/sbrt/" },
        { "bone cement", "/treatments/vertebroplasty-and-kyphoplasty/" },
        { "hospice", "/guides/palliative-and-hospice-care/" },
        { "schwannoma", "/conditions/nerve-sheath-tumours/" },
        { "MRI", "/tests/mri-scan/" },
        { "chemo", "/treatments/chemotherapy/" },
    };

    /// <summary>Misspellings, the suggestion offered, and the page that suggestion finds.</summary>
    public static TheoryData<string, string, string> Misspellings => new()
    {
        { "metastisis", "metastasis", "/conditions/spinal-metastasis/" },
        { "kyphoplasy", "kyphoplasty", "/treatments/vertebroplasty-and-kyphoplasty/" },
        { "dexamethazone", "dexamethasone", "/treatments/steroids/" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_readers_query_finds_the_right_page_in_the_top_three(string query, string expected)
    {
        // When
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=" + Uri.EscapeDataString(query)));
        var top = await TopResultsAsync(page, query);

        // Then
        top.ShouldContain(expected, $"'{query}' gave: {string.Join(", ", top)}");
    }

    [Theory]
    [MemberData(nameof(Misspellings))]
    public async Task A_misspelling_offers_did_you_mean_which_finds_the_page(string query, string suggestion, string expected)
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=" + Uri.EscapeDataString(query)));

        // When
        var offer = page.Locator(".search-panel__results [data-suggestion]");
        await offer.WaitForAsync();
        (await offer.GetAttributeAsync("data-suggestion")).ShouldBe(suggestion);
        await offer.ClickAsync();
        var top = await TopResultsAsync(page, suggestion);

        // Then
        top.ShouldContain(expected, $"'{suggestion}' gave: {string.Join(", ", top)}");
    }

    [Fact]
    public async Task A_result_shows_title_kind_and_matching_sections_linking_to_the_section()
    {
        // When
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=dexamethasone"));
        await TopResultsAsync(page, "dexamethasone");
        var first = page.Locator(".search-panel__results .search-result").First;

        // Then
        (await first.Locator(".search-result__title").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await first.Locator(".search-result__kind").TextContentAsync()).ShouldBeOneOf("Treatment", "Condition", "Test", "Guide");
        var section = first.Locator(".search-result__sections a").First;
        (await section.GetAttributeAsync("href"))!.ShouldContain("#");
        (await first.Locator("mark").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_query_naming_a_warning_sign_puts_get_help_now_above_the_results()
    {
        // When
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/"));
        await page.FillAsync("#site-search-input", "numb legs");
        var help = page.Locator(".site-search__results [data-search-help]");
        await help.WaitForAsync();

        // Then
        (await help.GetAttributeAsync("data-search-help")).ShouldBe("emergency");
        (await help.Locator("a[href='tel:999']").CountAsync()).ShouldBe(1);
        (await help.Locator("[data-search-help-cancer]").InnerTextAsync()).ShouldStartWith("If you have or had cancer: Ring your 24-hour cancer helpline");
        (await help.Locator("[data-search-help-no-cancer=see-a-doctor]").InnerTextAsync()).ShouldStartWith("If you have never had cancer: See a doctor within the next few days");
        var order = await page.EvaluateAsync<string[]>("[...document.querySelector('.site-search__results').children].map(e => e.className)");
        order[0].ShouldStartWith("search-help");
    }

    [Fact]
    public async Task Filtering_by_kind_keeps_only_that_kind()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=radiotherapy"));
        await TopResultsAsync(page, "radiotherapy");

        // When
        await page.CheckAsync("input[name=kind][value=Test]");
        await page.WaitForFunctionAsync("() => document.querySelector('.search-panel__results').dataset.kind === 'Test'");

        // Then
        var kinds = await page.Locator(".search-panel__results .search-result__kind").AllTextContentsAsync();
        kinds.ShouldNotBeEmpty();
        kinds.ShouldAllBe(k => k == "Test");
    }

    [Fact]
    public async Task The_header_search_works_from_the_keyboard_and_announces_the_count()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/"));
        await page.FocusAsync("#site-search-input");

        // When
        await page.Keyboard.TypeAsync("schwannoma");
        await page.Locator(".site-search__results .search-result").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Escape");
        var back = await page.EvaluateAsync<string>("document.activeElement.id");

        // Then
        focused.ShouldStartWith("/");
        back.ShouldBe("site-search-input");
        (await page.Locator("[role=status][aria-live=polite]").First.InnerTextAsync()).ShouldMatch(@"^\d+ pages? found\.$");
    }

    [Fact]
    public async Task Without_javascript_the_search_box_leads_to_the_a_to_z()
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(browser.Url("/"));

        // When
        await page.FillAsync("#site-search-input", "numb legs");
        await page.PressAsync("#site-search-input", "Enter");
        await page.WaitForURLAsync("**/a-z/**");

        // Then
        new Uri(page.Url).AbsolutePath.ShouldBe("/a-z/");
    }

    [Fact]
    public async Task No_search_request_leaves_the_sites_origin_and_the_cost_of_queries_is_measured()
    {
        // Given
        var responses = new List<(string Url, long Bytes)>();
        var page = await browser.NewPageAsync();
        page.Response += async (_, response) =>
        {
            var body = await response.BodyAsync();
            lock (responses)
            {
                responses.Add((response.Url, body.Length));
            }
        };
        await page.GotoAsync(browser.Url("/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var pageLoad = responses.Count;

        // When: a first and a second query, typed into the header box
        var first = await TimeQueryAsync(page, "spinal cord compression");
        var afterFirst = responses.Count;
        var second = await TimeQueryAsync(page, "bone strengthening");

        // Then
        responses.ShouldAllBe(r => r.Url.StartsWith(browser.Server.Address + "/", StringComparison.Ordinal));
        var firstBytes = responses.Skip(pageLoad).Take(afterFirst - pageLoad).Sum(r => r.Bytes);
        var secondBytes = responses.Skip(afterFirst).Sum(r => r.Bytes);
        firstBytes.ShouldBeGreaterThan(0);
        output.WriteLine($"first query: {firstBytes} bytes in {afterFirst - pageLoad} requests, {first.TotalMilliseconds:0} ms from last keystroke to results");
        output.WriteLine($"second query: {secondBytes} bytes in {responses.Count - afterFirst} requests, {second.TotalMilliseconds:0} ms");
    }

    private static async Task<TimeSpan> TimeQueryAsync(IPage page, string query)
    {
        await page.FillAsync("#site-search-input", "");
        var started = DateTime.UtcNow;
        await page.FillAsync("#site-search-input", query);
        await page.WaitForFunctionAsync(
            "q => document.querySelector('.site-search__results')?.dataset.query === q", query);
        var elapsed = DateTime.UtcNow - started;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return elapsed;
    }

    private static async Task<List<string>> TopResultsAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("q => document.querySelector('.search-panel__results')?.dataset.query === q", query);
        var urls = await page.Locator(".search-panel__results .search-result").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.url)");
        return urls.Take(3).ToList();
    }
}
