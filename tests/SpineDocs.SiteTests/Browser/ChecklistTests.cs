using Microsoft.Playwright;
using SpineDocs.Content.RedFlags;
using SpineDocs.Corpus;

namespace SpineDocs.SiteTests.Browser;

/// <summary>The red-flag checklist's real script in Chromium: a truth table of ticks, cancer history and region.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ChecklistTests(BrowserSite browser)
{
    /// <summary>
    /// The truth table: every row of the README's triage rules, and every sign alone with and without a cancer
    /// history, each in another region, so every region's numbers are exercised. The generator's own triage
    /// gives the expected outcome; the checklist's script must agree with it in Chromium.
    /// </summary>
    [Fact]
    public async Task The_checklist_gives_the_registrys_outcome_for_every_rule_every_sign_with_and_without_cancer_and_every_region()
    {
        // Given
        var registry = browser.Site.Result.Context.RedFlags;
        var rows = TriageTable.Rows.Select(r => (r.History, r.Ticks, Why: r.ToString()))
            .Concat(registry.Flags.SelectMany(f => new[] { ("yes", (IReadOnlyList<string>)[f.Id], $"{f.Id} with cancer"), ("no", [f.Id], $"{f.Id} without cancer") }))
            .Concat([("unsure", ["both-legs-weak", "tiredness"], "not sure"), ("", ["thirst", "sleepiness", "tiredness"], "no answer, escalated")])
            .ToList();
        var page = await OpenAsync();
        var problems = new List<string>();

        // When
        for (var i = 0; i < rows.Count; i++)
        {
            var (history, ticks, why) = rows[i];
            var region = registry.Regions[i % registry.Regions.Length];
            var expected = Triage.Decide(registry, history switch { "yes" => true, "no" => false, _ => null }, ticks)!;
            var shown = await TickAsync(page, history, region.Code, ticks);
            var action = region.Fill(expected.Tier.Action);
            var otherCall = expected.Tier.Action.Contains("{non-emergency}", StringComparison.Ordinal) ? region.NonEmergency.Dial : null;
            if (shown.Tier != expected.Tier.Id || shown.Action != action
                || shown.Call != (expected.Tier.CallsEmergencyNumber ? "tel:" + region.EmergencyNumber : null)
                || shown.OtherCall != (otherCall is null ? null : "tel:" + otherCall)
                || shown.Escalation != (expected.EscalatedBy is { } rule ? region.Fill(rule.Note) : null)
                || shown.Ticked != expected.Ticked.Length || string.IsNullOrWhiteSpace(shown.Say) || string.IsNullOrWhiteSpace(shown.SafetyNet))
            {
                problems.Add($"{why} in {region.Code}: expected {expected.Tier.Id} '{action}', shown {shown}");
            }
        }

        // Then
        rows.Count.ShouldBeGreaterThan(registry.Flags.Length * 2);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_sign_with_advice_shows_it_and_the_crisis_line_is_the_readers_regions()
    {
        // Given
        var page = await OpenAsync();

        // When
        var shown = await TickAsync(page, "yes", "au", ["low-mood", "fever"]);

        // Then
        shown.Tier.ShouldBe("emergency");
        var advice = await page.Locator("[data-result-advice]").InnerTextAsync();
        advice.ShouldContain("paracetamol");
        advice.ShouldContain("Lifeline on 13 11 14");
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
        (await live.InnerTextAsync()).ShouldStartWith("Ring your 24-hour cancer helpline (the number on your alert card) now, day or night. If you cannot get through straight away");
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
        (await page.Locator("[data-checklist-static] .care-card--emergency h3").First.InnerTextAsync()).ShouldContain("Call 999 now if:");
        (await page.Locator("[data-checklist-static] .care-card--emergency a[href='tel:999']").First.IsVisibleAsync()).ShouldBeTrue();
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
        (await page.EvaluateAsync<string>("document.activeElement.name")).ShouldBe("both-legs-weak");
        await page.Keyboard.PressAsync("Space");

        // Then
        (await page.Locator("[data-checklist-result]").GetAttributeAsync("data-tier")).ShouldBe("emergency");
        (await page.Locator("[data-result-call] a").GetAttributeAsync("href")).ShouldBe("tel:112");
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
        (await page.Locator("[data-result-action]").InnerTextAsync()).ShouldStartWith("Ring your cancer team's 24-hour number now");
        (await page.Locator("[data-result-ticked]").InnerTextAsync()).ShouldContain("numbness or pins and needles");
        var wallet = page.Locator(".wallet-card");
        (await wallet.IsVisibleAsync()).ShouldBeTrue();
        (await wallet.InnerTextAsync()).ShouldContain("Call 000 now if:");
        (await wallet.InnerTextAsync()).ShouldContain("Ring your cancer team's 24-hour number now, day or night, if:");
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

    private sealed record Shown(string? Tier, string Action, string? Call, string? OtherCall, string? Escalation, int Ticked, string Say, string SafetyNet);

    /// <summary>Clears the form, answers the history question, picks the region and ticks the signs, as a reader would.</summary>
    private static async Task<Shown> TickAsync(IPage page, string history, string region, IReadOnlyList<string> ticks)
    {
        await page.EvaluateAsync("() => { const f = document.querySelector('form[data-checklist]'); for (const i of f.querySelectorAll('input')) i.checked = false; f.dispatchEvent(new Event('change')); }");
        if (history.Length > 0)
        {
            await page.CheckAsync($"input[name=history][value={history}]");
        }

        await page.SelectOptionAsync("#checklist-region", region);
        foreach (var (flag, index) in ticks.Select((t, i) => (t, i)))
        {
            // "Not sure" counts as yes: alternate the two answers.
            await page.CheckAsync($"fieldset[data-flag={flag}] input[value={(index % 2 == 0 ? "yes" : "unsure")}]");
        }

        async Task<string?> Href(string selector) =>
            await page.Locator(selector).IsVisibleAsync() ? await page.Locator(selector + " a").GetAttributeAsync("href") : null;
        var escalation = page.Locator("[data-result-escalation]");
        return new Shown(
            await page.Locator("[data-checklist-result]").GetAttributeAsync("data-tier"),
            await page.Locator("[data-result-action]").TextContentAsync() ?? "",
            await Href("[data-result-call]"),
            await Href("[data-result-call-other]"),
            await escalation.IsVisibleAsync() ? await escalation.TextContentAsync() : null,
            await page.Locator("[data-result-ticked] li").CountAsync(),
            await page.Locator("[data-result-say]").TextContentAsync() ?? "",
            await page.Locator("[data-result-safety]").TextContentAsync() ?? "");
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
