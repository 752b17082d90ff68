using Microsoft.Playwright;

namespace SpineDocs.SiteTests.Browser;

/// <summary>The red-flag checklist's real script in Chromium: a truth table of ticks, cancer history and region.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistTests(BrowserSite browser)
{
    /// <summary>history: yes, no, unsure or "" (unanswered); ticks: flag=yes or flag=unsure; expected tier, number to call (or ""), start of the action.</summary>
    public static TheoryData<string, string, string, string, string, string> TruthTable => new()
    {
        { "yes", "uk", "", "none", "", "Tick anything you notice" },
        { "yes", "uk", "limb-weakness=yes", "emergency", "999", "Call 999 now, or go to A&E." },
        { "no", "us", "limb-weakness=unsure", "emergency", "911", "Call 911 now, or go to the emergency room (ER)." },
        { "no", "au", "cannot-pee=yes", "emergency", "000", "Call 000 now, or go to the emergency department." },
        { "", "nz", "saddle-numbness=yes", "emergency", "111", "Call 111 now" },
        { "yes", "ca", "nerve-pain=yes", "emergency", "911", "Call 911 now, or go to the emergency department." },
        { "no", "eu", "spinal-pain-severe=yes,numbness=unsure", "emergency", "112", "Call 112 now" },
        { "no", "in", "bladder-bowel-control=unsure", "emergency", "112", "Call 112 now" },
        { "yes", "uk", "spinal-pain-night=yes", "urgent", "", "Contact your cancer care team or acute oncology line today" },
        { "unsure", "uk", "spinal-pain-night=yes", "urgent", "", "Contact your cancer care team" },
        { "", "uk", "spinal-pain-site=yes", "urgent", "", "Contact your cancer care team" },
        { "no", "uk", "spinal-pain-night=yes", "see-a-doctor", "", "See a doctor soon" },
        { "no", "in", "spinal-pain-site=unsure", "see-a-doctor", "", "See a doctor soon" },
        { "no", "uk", "thirst=yes", "urgent", "", "Contact your cancer care team" },
        { "yes", "uk", "confusion=unsure", "urgent", "", "Contact your cancer care team" },
        { "no", "us", "sudden-bone-pain=yes", "urgent", "", "Contact your cancer care team" },
        { "yes", "uk", "back-shape=yes", "soon", "", "Tell your care team within a week" },
        { "no", "uk", "back-shape=yes,spinal-pain-night=yes", "see-a-doctor", "", "See a doctor soon" },
        { "yes", "uk", "back-shape=yes,thirst=yes", "urgent", "", "Contact your cancer care team" },
        { "no", "uk", "back-shape=yes,limb-weakness=yes", "emergency", "999", "Call 999 now" },
        { "no", "uk", "dental-work=yes", "soon", "", "Tell your care team within a week" },
        { "yes", "ca", "pain-medicine-side-effects=unsure", "soon", "", "Tell your care team within a week" },
        { "yes", "uk", "walking-trouble=yes,walking-trouble=unsure", "emergency", "999", "Call 999 now" },
    };

    [Theory]
    [MemberData(nameof(TruthTable))]
    public async Task The_most_urgent_ticked_sign_decides_the_action_number_and_wording(
        string history, string region, string ticks, string tier, string number, string action)
    {
        // Given
        var page = await OpenAsync();

        // When
        if (history.Length > 0)
        {
            await page.CheckAsync($"input[name=history][value={history}]");
        }

        await page.SelectOptionAsync("#checklist-region", region);
        foreach (var tick in ticks.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (flag, answer) = (tick.Split('=')[0], tick.Split('=')[1]);
            await page.CheckAsync($"fieldset[data-flag={flag}] input[value={answer}]");
        }

        // Then
        var result = page.Locator("[data-checklist-result]");
        (await result.GetAttributeAsync("data-tier")).ShouldBe(tier);
        (await page.Locator("[data-result-action]").TextContentAsync()).ShouldStartWith(action);
        (await page.Locator("[data-result-call]").IsVisibleAsync()).ShouldBe(number.Length > 0);
        if (number.Length > 0)
        {
            (await page.Locator("[data-result-call] a").GetAttributeAsync("href")).ShouldBe($"tel:{number}");
        }

        if (tier != "none")
        {
            // Never reassures: the details name what was ticked and what to do if it gets worse.
            (await page.Locator("[data-result-ticked] li").CountAsync()).ShouldBe(ticks.Split(',').Select(t => t.Split('=')[0]).Distinct().Count());
            (await page.Locator("[data-result-safety]").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
            (await page.Locator("[data-result-say]").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        }

        if (tier == "see-a-doctor")
        {
            // Without a cancer history the result still names the emergency signs and the region's number.
            var safety = await page.Locator("[data-result-safety]").InnerTextAsync();
            safety.ShouldContain("weakness");
            safety.ShouldContain($"Call {(region == "in" ? "112" : "999")}");
        }
    }

    [Fact]
    public async Task Unticking_every_sign_clears_the_result()
    {
        // Given
        var page = await OpenAsync();
        await page.CheckAsync("fieldset[data-flag=limb-weakness] input[value=yes]");

        // When
        await page.UncheckAsync("fieldset[data-flag=limb-weakness] input[value=yes]");

        // Then
        (await page.Locator("[data-checklist-result]").GetAttributeAsync("data-tier")).ShouldBe("none");
        (await page.Locator("[data-result-details]").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task The_result_is_a_live_region_that_states_the_action_first()
    {
        // Given
        var page = await OpenAsync();

        // When
        await page.CheckAsync("fieldset[data-flag=cannot-pee] input[value=yes]");

        // Then
        var live = page.Locator("[data-checklist-result] [aria-live=polite]");
        (await live.GetAttributeAsync("role")).ShouldBe("status");
        (await live.InnerTextAsync()).ShouldStartWith("Call 999 now");
    }

    [Fact]
    public async Task Without_javascript_the_signs_are_grouped_by_tier_with_the_number_to_call()
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });

        // When
        await page.GotoAsync(browser.Url("/checklist/"));

        // Then
        (await page.Locator("[data-checklist-static]").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("form[data-checklist]").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("[data-checklist-static] .care-card--emergency h2").InnerTextAsync()).ShouldContain("Call 999 or go to A&E now if:");
        (await page.Locator("[data-checklist-static] .care-card--emergency a[href='tel:999']").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("[data-checklist-static] ul[data-tier=urgent] li").CountAsync()).ShouldBeGreaterThan(5);
        (await page.Locator("[data-checklist-static] ul[data-tier=soon] li").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_checklist_can_be_used_with_the_keyboard_alone()
    {
        // Given
        var page = await OpenAsync();
        await page.FocusAsync("input[name=history][value=yes]");

        // When: answer the history question, choose a region, then tick a sign, all from the keyboard
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("checklist-region");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.name")).ShouldBe("limb-weakness");
        await page.Keyboard.PressAsync("Space");

        // Then
        (await page.Locator("[data-checklist-result]").GetAttributeAsync("data-tier")).ShouldBe("emergency");
        (await page.Locator("[data-result-call] a").GetAttributeAsync("href")).ShouldBe("tel:911");
        (await page.IsCheckedAsync("input[name=history][value=yes]")).ShouldBeTrue();
    }

    [Fact]
    public async Task Printing_shows_the_summary_and_a_wallet_card_with_the_regions_number_but_not_the_form()
    {
        // Given
        var page = await OpenAsync();
        await page.SelectOptionAsync("#checklist-region", "au");
        await page.CheckAsync("fieldset[data-flag=numbness] input[value=yes]");

        // When
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });

        // Then
        (await page.Locator("form[data-checklist]").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".site-nav").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("[data-result-action]").InnerTextAsync()).ShouldStartWith("Call 000 now");
        (await page.Locator("[data-result-ticked]").InnerTextAsync()).ShouldContain("numbness or pins and needles");
        var wallet = page.Locator(".wallet-card");
        (await wallet.IsVisibleAsync()).ShouldBeTrue();
        (await wallet.InnerTextAsync()).ShouldContain("Call 000 or go to the emergency department now if:");
        (await wallet.BoundingBoxAsync())!.Width.ShouldBeLessThan(340);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task Nothing_leaves_the_browser_and_nothing_is_stored_unless_the_reader_asks()
    {
        // Given
        var requests = new List<string>();
        var page = await browser.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);

        // When
        await page.GotoAsync(browser.Url("/checklist/"));
        await page.CheckAsync("input[name=history][value=no]");
        await page.CheckAsync("fieldset[data-flag=spinal-pain-night] input[value=yes]");
        await page.SelectOptionAsync("#checklist-region", "nz");
        var storedBefore = await page.EvaluateAsync<int>("localStorage.length");
        await page.CheckAsync("#checklist-remember");
        var stored = await page.EvaluateAsync<string?>("localStorage.getItem('spinedocs-region')");

        // Then
        requests.ShouldNotBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith(browser.Server.Address + "/", StringComparison.Ordinal));
        (await page.Context.CookiesAsync()).ShouldBeEmpty();
        storedBefore.ShouldBe(0);
        stored.ShouldBe("nz");
    }

    [Fact]
    public async Task A_remembered_region_is_used_next_time_and_forgotten_when_unticked()
    {
        // Given
        var page = await OpenAsync();
        await page.SelectOptionAsync("#checklist-region", "us");
        await page.CheckAsync("#checklist-remember");

        // When
        await page.ReloadAsync();
        var remembered = await page.InputValueAsync("#checklist-region");
        await page.UncheckAsync("#checklist-remember");

        // Then
        remembered.ShouldBe("us");
        (await page.IsCheckedAsync("#checklist-remember")).ShouldBeFalse();
        (await page.EvaluateAsync<int>("localStorage.length")).ShouldBe(0);
        (await page.Locator("[data-checklist-static] a[data-tel], [data-result-call] a").First.GetAttributeAsync("href")).ShouldBe("tel:911");
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(browser.Url("/checklist/"));
        await page.WaitForSelectorAsync("form[data-checklist]:not([hidden])");
        errors.ShouldBeEmpty();
        return page;
    }
}
