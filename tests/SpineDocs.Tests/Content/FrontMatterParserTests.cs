using SpineDocs.Content;
using SpineDocs.Diagnostics;

namespace SpineDocs.Tests.Content;

public sealed class FrontMatterParserTests
{
    private readonly DiagnosticBag diagnostics = new();

    private PageMeta Parse(string text) => new FrontMatterParser("input/x.md", diagnostics).Parse(text, "x");

    private Diagnostic Single() => diagnostics.Sorted().ShouldHaveSingleItem();

    [Fact]
    public void A_complete_guide_reads_into_typed_fields()
    {
        // Given
        const string text = """
            ---
            title: Pain relief
            kind: guide
            summary: Ways to ease pain.
            aliases: [painkillers, analgesia]
            related: [spinal-metastasis]
            reviewed: 2026-11-01
            next-review: 2027-11-01
            reviewer: Dr A, oncologist
            sources:
              - { id: nice-ng234, title: "NG234", publisher: "NICE", url: "https://www.nice.org.uk/guidance/ng234", date: 2023-09-06, checked: 2026-11-01 }
            ---
            Body.
            """;

        // When
        var meta = Parse(text);

        // Then
        diagnostics.Sorted().ShouldBeEmpty();
        meta.Title.ShouldBe("Pain relief");
        meta.Kind.ShouldBe(PageKind.Guide);
        meta.Aliases.ShouldBe(["painkillers", "analgesia"]);
        meta.Related.ShouldHaveSingleItem().ShouldBe(new RelatedRef("spinal-metastasis", new Position(6, 11)));
        meta.Reviewed.ShouldBe(new DateOnly(2026, 11, 1));
        meta.NextReview.ShouldBe(new DateOnly(2027, 11, 1));
        meta.Reviewer.ShouldBe("Dr A, oncologist");
        meta.Sources.ShouldHaveSingleItem().ShouldBe(new SourceRef("NG234", "NICE", "https://www.nice.org.uk/guidance/ng234", new DateOnly(2023, 9, 6)) { Id = "nice-ng234", Checked = new DateOnly(2026, 11, 1) });
        meta.KindAt.ShouldBe(new Position(3, 7));
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        // When
        Parse("---\ntitle: A\nkind: page\nsummary: [unclosed\n---\n");

        // Then
        var error = Single();
        error.Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        error.Line.ShouldBe(4);
        error.Message.ShouldContain("a '[' or '{' on this line is never closed");
    }

    [Fact]
    public void A_key_without_its_colon_is_reported_with_the_usual_advice()
    {
        // When
        Parse("---\ntitle: A\nkind page: x: y\nsummary: S.\n---\n");

        // Then
        var error = Single();
        error.Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("Check the indentation");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("kind")]
    [InlineData("summary")]
    public void A_missing_required_field_says_which_and_what_to_write(string field)
    {
        // Given
        var lines = new[] { "title: A", "kind: page", "summary: S." }.Where(l => !l.StartsWith(field, StringComparison.Ordinal));

        // When
        Parse($"---\n{string.Join("\n", lines)}\n---\n");

        // Then
        var error = Single();
        error.Code.ShouldBe(DiagnosticCodes.MissingField);
        error.Message.ShouldStartWith($"'{field}' is missing from the front matter: add '{field}:'");
    }

    [Fact]
    public void An_empty_title_is_reported_at_its_key()
    {
        // When
        Parse("---\nkind: page\ntitle: \"  \"\nsummary: S.\n---\n");

        // Then
        Single().ToString().ShouldBe("input/x.md(3,1): error SD0102: 'title' is empty: write the page title, as readers will see it.");
    }

    [Fact]
    public void An_unknown_kind_lists_the_kinds_there_are()
    {
        // When
        var meta = Parse("---\ntitle: A\nkind: symptom\nsummary: S.\n---\n");

        // Then
        Single().ToString().ShouldBe("input/x.md(3,7): error SD0103: unknown kind 'symptom': use one of condition, test, treatment, guide, page.");
        meta.Kind.ShouldBe(PageKind.Page);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("1 November 2026")]
    [InlineData("2026/11/01")]
    public void A_bad_date_is_reported_with_the_format_to_use(string date)
    {
        // When
        Parse($"---\ntitle: A\nkind: page\nsummary: S.\nreviewed: {date}\n---\n");

        // Then
        var error = Single();
        error.Code.ShouldBe(DiagnosticCodes.BadDate);
        error.Line.ShouldBe(5);
        error.Message.ShouldContain("YYYY-MM-DD");
    }

    [Fact]
    public void A_medical_page_without_review_dates_or_sources_gets_one_error_each()
    {
        // When
        Parse("---\ntitle: A\nkind: condition\nsummary: S.\n---\n");

        // Then
        diagnostics.Sorted().Select(d => d.Message[..d.Message.IndexOf(':')]).ShouldBe(["'next-review' is missing", "'reviewed' is missing", "'sources' is missing"], ignoreOrder: true);
    }

    [Fact]
    public void A_next_review_before_the_review_is_an_error()
    {
        // When
        Parse("---\ntitle: A\nkind: page\nsummary: S.\nreviewed: 2026-05-01\nnext-review: 2026-04-01\n---\n");

        // Then
        Single().Code.ShouldBe(DiagnosticCodes.ReviewOrder);
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_that_suggests_the_right_one()
    {
        // When
        Parse("---\ntitle: A\nkind: page\nsummary: S.\nalias: [x]\n---\n");

        // Then
        var warning = Single();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain("Did you mean 'aliases'?");
    }

    [Fact]
    public void A_page_without_front_matter_is_told_how_to_start_it()
    {
        // When
        Parse("# Title\n\nText.\n");

        // Then
        var error = Single();
        error.Code.ShouldBe(DiagnosticCodes.NoFrontMatter);
        error.Message.ShouldContain("start the file with '---'");
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        // When
        Parse("---\ntitle: A\nkind: page\n");

        // Then
        Single().Message.ShouldStartWith("the front matter is not closed");
    }

    [Fact]
    public void A_source_url_must_be_a_web_address()
    {
        // When
        Parse("---\ntitle: A\nkind: page\nsummary: S.\nsources:\n  - { title: T, url: \"nice guidance\" }\n---\n");

        // Then
        var error = Single();
        error.Line.ShouldBe(6);
        error.Message.ShouldContain("https://");
    }
}
