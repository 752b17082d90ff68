using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

public sealed class InMemoryBuildTests
{
    [Fact]
    public async Task A_valid_site_builds_without_diagnostics()
    {
        // Given
        var site = new InMemorySite()
            .Page("index.md", "---\ntitle: Home\nkind: page\nsummary: The home page.\n---\n\nSee [[spinal-metastasis]].\n")
            .Page("conditions/spinal-metastasis.md", InMemorySite.ConditionPage("Spinal metastasis"));

        // When
        var context = await site.BuildAsync();

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        context.OutputsOf(Pipelines.Content).Select(d => d.Url).ShouldBe(
            ["/conditions/spinal-metastasis/", "/get-help-now/", "/", "/conditions/", "/checklist/", "/a-z/", "/search/", "/404.html", "/sitemap.xml", "/robots.txt", "/search/vocabulary.json", "/search/help.json", "/regions.json"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Every_problem_of_every_page_is_reported_in_one_run()
    {
        // Given
        var site = new InMemorySite()
            .Page("get-help-now.md", "---\ntitle: Get help now\nkind: page\nsummary: Help.\n---\n\nSee [[nowhere]].\n")
            .Page("a.md", "---\ntitle: A\nkind: widget\nsummary: A.\n---\n")
            .Page("b.md", "---\ntitle: \nkind: page\nsummary: B.\n---\n");

        // When
        var context = await site.BuildAsync();

        // Then
        InMemorySite.Errors(context).Select(d => (d.File, d.Code)).ShouldBe(
        [
            ("input/a.md", DiagnosticCodes.UnknownKind),
            ("input/b.md", DiagnosticCodes.MissingField),
            ("input/get-help-now.md", DiagnosticCodes.UnknownLinkTarget),
        ]);
    }

    [Fact]
    public async Task A_condition_page_without_an_emergency_card_is_an_error_at_its_kind_line()
    {
        // Given
        var page = InMemorySite.ConditionPage("Ependymoma").Replace("::: red-flags emergency\n:::", "");
        var site = new InMemorySite()
            .Page("conditions/ependymoma.md", page);

        // When
        var context = await site.BuildAsync();

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MissingEmergencyCard);
        error.ToString().ShouldStartWith("input/conditions/ependymoma.md(3,7): error SD0201: a condition page needs an emergency card");
    }

    [Fact]
    public async Task A_condition_page_missing_a_required_section_names_the_heading_to_add()
    {
        // Given
        var page = InMemorySite.ConditionPage("Chordoma").Replace("## Outlook {#outlook}", "## What happens next");
        var site = new InMemorySite()
            .Page("conditions/chordoma.md", page);

        // When
        var context = await site.BuildAsync();

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MissingSection);
        error.Message.ShouldContain("'## Outlook {#outlook}'");
    }

    [Fact]
    public async Task A_raw_html_link_to_a_missing_page_is_reported_at_its_line()
    {
        // Given
        var site = new InMemorySite()
            .Page("get-help-now.md", "---\ntitle: Get help now\nkind: page\nsummary: Help.\n---\n\nIntro.\n\n<p><a href=\"/nowhere/\">gone</a></p>\n");

        // When
        var context = await site.BuildAsync();

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("input/get-help-now.md(9,1): error SD0301: the link '/nowhere/' leads to no page");
    }

    [Fact]
    public async Task A_link_the_theme_writes_on_every_page_is_reported_once()
    {
        // Given: no get-help-now page, which the header links to on every page
        var site = new InMemorySite()
            .Without("get-help-now.md")
            .Page("other.md", "---\ntitle: Other\nkind: page\nsummary: Other.\n---\n");

        // When
        var context = await site.BuildAsync();

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.File.ShouldBe("theme");
        error.Message.ShouldContain("'/get-help-now/'");
    }

    [Fact]
    public async Task A_cross_link_may_point_at_a_care_card()
    {
        // Given
        var site = new InMemorySite()
            .Page("conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma"))
            .Page("guide.md", "---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\nSee [[chordoma#emergency]] and [[chordoma#urgent]].\n");

        // When
        var context = await site.BuildAsync();

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("input/guide.md(7,32): error SD0105: page 'chordoma' has no section '#urgent'.");
    }
}
