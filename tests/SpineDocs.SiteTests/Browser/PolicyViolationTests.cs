namespace SpineDocs.SiteTests.Browser;

/// <summary>Every built page, loaded in Chromium under the CSP from netlify.toml, with search and the checklist in use: no violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PolicyViolationTests(BrowserSite browser)
{
    private const string Recorder =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task No_page_breaks_the_content_security_policy()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(Recorder);
        var violations = new List<string>();

        // When
        foreach (var url in browser.Site.Pages.Keys.Order())
        {
            await page.GotoAsync(browser.Url(url));
            if (url == "/search/")
            {
                await page.FillAsync("#search-page-input", "numb legs");
                await page.WaitForFunctionAsync("() => document.querySelector('.search-panel__results')?.dataset.query === 'numb legs'");
            }

            if (url == "/checklist/")
            {
                await page.CheckAsync("fieldset[data-flag=limb-weakness] input[value=yes]");
            }

            violations.AddRange((await page.EvaluateAsync<string[]>("() => window.__violations")).Select(v => $"{url}: {v}"));
        }

        // Then
        violations.ShouldBeEmpty();
    }
}
