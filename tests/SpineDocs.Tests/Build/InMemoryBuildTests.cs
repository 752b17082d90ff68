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
    public async Task Raw_html_is_reported_at_its_line_and_shown_as_text_never_as_markup()
    {
        // Given
        var site = new InMemorySite()
            .Page("guide.md", "---\ntitle: Guide\nkind: page\nsummary: Help.\n---\n\nIntro.\n\n<p><a href=\"/nowhere/\" onclick=\"steal()\">gone</a></p>\n\nText <img src=x onerror=alert(1)> more. <!-- a note -->\n");

        // When
        var context = await site.BuildAsync();

        // Then
        InMemorySite.Errors(context).Select(e => (e.Code, e.Line, e.Column)).ShouldBe([(DiagnosticCodes.RawHtml, 9, 1), (DiagnosticCodes.RawHtml, 11, 6)]);
        var html = context.OutputsOf(Pipelines.Content).Single(d => d.Url == "/guide/").Text;
        html.ShouldContain("&lt;p&gt;&lt;a href=&quot;/nowhere/&quot;");
        html.ShouldNotContain("<a href=\"/nowhere/\"");
        html.ShouldNotContain("onclick=\"");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("a note");
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
        var errors = InMemorySite.Errors(context);
        errors.Select(e => e.ToString()).ShouldBe(
        [
            "input/get-help-now.md: error SD0005: get-help-now.md is missing: it is the page every header links to for urgent help. Add it with front matter (title, kind, summary) and its text.",
            "theme: error SD0301: the link '/get-help-now/' leads to no page of the site: check the address, or link to a page with [[slug]] (a link the theme writes, on 6 pages).",
        ]);
    }

    [Fact]
    public async Task A_self_link_and_an_unclosed_cross_link_are_warnings_at_their_lines()
    {
        // Given
        var site = new InMemorySite()
            .Page("guide.md", "---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\nSee [[guide]] and [[ the rest.\n");

        // When
        var context = await site.BuildAsync();

        // Then
        context.Diagnostics.Sorted().Select(d => (d.Severity, d.Code, d.Line, d.Column)).ShouldBe(
            [(Severity.Warning, DiagnosticCodes.SelfLink, 7, 5), (Severity.Warning, DiagnosticCodes.BadCrossLink, 7, 19)]);
    }

    [Fact]
    public async Task A_drafts_words_stay_out_of_the_search_vocabulary()
    {
        // Given
        var site = new InMemorySite()
            .Page("guides/secret.md", "---\ntitle: Secret\nkind: page\nsummary: S.\ndraft: true\n---\n\nZanzibarine.\n");

        // When
        var context = await site.BuildAsync();

        // Then
        var vocabulary = context.OutputsOf(Pipelines.Content).Single(d => d.Destination == SpineDocs.Modules.Output.GenerateSearchData.VocabularyFile).Text;
        vocabulary.ShouldNotContain("zanzibarine");
        vocabulary.ShouldContain("welcome");
    }

    [Fact]
    public async Task An_exception_inside_a_module_is_a_bug_reported_at_the_file_never_a_crash()
    {
        // Given
        var context = new BuildContext(new BuildOptions("/in", "/out", "/theme") { WriteOutput = false, DisplayRoot = "/" });
        var engine = new Engine([new SpineDocs.Pipeline.Pipeline("Content")
        {
            Input = [new InMemoryInput([new Document("/in/a.md", "a.md", "text")])],
            Process = [new Throwing()],
        }]);

        // When
        await engine.RunAsync(context);

        // Then
        var error = context.Diagnostics.Sorted().ShouldHaveSingleItem();
        (error.Code, error.File).ShouldBe((DiagnosticCodes.InternalError, "in/a.md"));
        error.Message.ShouldContain("SpineDocs failed in Throwing (InvalidOperationException: boom)");
    }

    private sealed class Throwing : ParallelModule
    {
        protected override Document? Execute(Document document, BuildContext context) => throw new InvalidOperationException("boom");
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
