namespace SpineDocs.SiteTests.Browser;

/// <summary>Every built page, loaded in Chromium under the CSP from netlify.toml, with search and the checklist in use: no violation.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PolicyViolationTests(BrowserSite browser)
{
    [Fact]
    public async Task No_page_breaks_the_content_security_policy()
    {
        // When
        var sweep = await browser.SweepAsync();

        // Then
        sweep.Requests.Count.ShouldBeGreaterThan(sweep.Pages);
        sweep.PolicyViolations.ShouldBeEmpty();
    }
}
