using SpineDocs.Modules.Validation;

namespace SpineDocs.Tests.Modules.Validation;

/// <summary>The last check on every finished page: whatever wrote the HTML, nothing in it may run code.</summary>
public sealed class ActiveContentTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<script type=\"module\">import('x')</script>", "<script type=\"module\">")]
    [InlineData("<script type=\"text/javascript\" src=\"/a.js\"></script>", "<script type=\"text/javascript\">")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img onerror=...>")]
    [InlineData("<p style=\"color:red\">x</p>", "<p style=...>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe>")]
    [InlineData("<object data=\"x\"></object>", "<object>")]
    [InlineData("<base href=\"https://example.org\">", "<base>")]
    [InlineData("<style>body{}</style>", "<style>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">", "<meta http-equiv=\"refresh\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a> leading to 'javascript:alert(1)'")]
    [InlineData("<a href=\" JavaScript:alert(1)\">x</a>", "<a> leading to ' JavaScript:alert(1)'")]
    [InlineData("<form action=\"vbscript:x\"></form>", "<form> leading to 'vbscript:x'")]
    [InlineData("<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">", "<img> leading to 'data:image/svg+xml,<svg onload=alert(1)>'")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>", "<a> leading to 'java\tscript:alert(1)'")]
    public void Active_content_anywhere_in_a_page_is_found(string html, string expected)
    {
        // When
        var facts = IndexHtml.Read($"<html><body><div class=\"content\">{html}</div></body></html>");

        // Then
        facts.ActiveContent.ShouldContain(expected);
    }

    [Fact]
    public void The_sites_own_scripts_data_and_links_are_not_active_content()
    {
        // When
        var facts = IndexHtml.Read("""
            <html><head><meta charset="utf-8"><script type="module" src="/assets/search.1a2b.js"></script>
            <script type="application/ld+json">{"@type":"WebPage"}</script></head>
            <body><a href="https://www.nice.org.uk/guidance/ng234">NICE</a> <a href="tel:999">Call 999</a> <a href="mailto:a@example.org">mail</a>
            <script type="application/json" id="red-flag-data">{}</script></body></html>
            """);

        // Then
        facts.ActiveContent.ShouldBeEmpty();
    }
}
