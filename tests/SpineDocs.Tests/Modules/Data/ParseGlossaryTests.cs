using SpineDocs.Diagnostics;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Modules.Data;

public sealed class ParseGlossaryTests
{
    private const string Glossary = """
        - term: Vertebra
          also: [vertebrae]
          say: VER-tuh-bruh
          definition: One of the small bones that make up your spine.
        - term: Biopsy
          definition: Taking a small piece of tissue to look at under a microscope.
        """;

    private static Task<Pipeline.BuildContext> Build(string glossary, string body = "Each vertebra and every biopsy.") =>
        new InMemorySite().Page("guide.md", $"---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\n{body}\n").BuildAsync(glossaryYml: glossary);

    [Fact]
    public async Task A_used_glossary_builds_a_glossary_page_with_every_entry()
    {
        // When
        var context = await Build(Glossary);

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        var page = context.OutputsOf(Pipeline.Pipelines.Content).Single(d => d.Url == "/glossary/");
        page.Text.ShouldContain("<div class=\"glossary__entry\" id=\"vertebra\">");
        page.Text.ShouldContain("say: VER-tuh-bruh");
        page.Text.ShouldContain("<div class=\"glossary__entry\" id=\"biopsy\">");
    }

    [Fact]
    public async Task An_unused_entry_is_a_warning_at_its_line()
    {
        // When
        var context = await Build(Glossary, "Only a vertebra here.");

        // Then
        var warning = context.Diagnostics.Sorted().ShouldHaveSingleItem();
        warning.ToString().ShouldBe("input/glossary.yml(5,3): warning SD0504: no page uses the term 'Biopsy': remove the entry, or add a form readers meet under 'also:'.");
    }

    [Fact]
    public async Task A_term_an_author_marks_explicitly_must_be_in_the_glossary()
    {
        // When
        var context = await Build(Glossary, "Each vertebra, a [[glossary#biopsy]] and a [[glossary#biopsie|test]].");

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("input/guide.md(7,44): error SD0505: 'biopsie' is not in the glossary: add it to glossary.yml, or check the spelling. Did you mean 'biopsy'?");
    }

    [Fact]
    public async Task A_definition_over_thirty_words_is_an_error()
    {
        // Given
        var longDefinition = string.Join(' ', Enumerable.Repeat("word", 31));

        // When
        var context = await Build($"- term: Vertebra\n  definition: {longDefinition}\n");

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.GlossaryDefinitionTooLong);
        error.Message.ShouldContain("has 31 words");
    }

    [Fact]
    public async Task Two_entries_for_one_word_are_an_error()
    {
        // When
        var context = await Build(Glossary + "\n- term: Vertebrae\n  definition: Spine bones.\n");

        // Then
        var error = InMemorySite.Errors(context).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.DuplicateGlossaryTerm);
        error.Line.ShouldBe(7);
    }

    [Fact]
    public async Task An_entry_without_a_definition_is_an_error()
    {
        // When
        var context = await Build("- term: Vertebra\n");

        // Then
        InMemorySite.Errors(context).ShouldHaveSingleItem().Message.ShouldStartWith("this entry has no 'definition'");
    }

    [Fact]
    public async Task A_page_does_not_mark_the_term_that_is_its_own_subject()
    {
        // Given
        var site = new InMemorySite()
            .Page("guide.md", "---\ntitle: Biopsy\nkind: page\nsummary: S.\n---\n\nA biopsy takes tissue from a vertebra.\n")
            .Page("other.md", "---\ntitle: Other\nkind: page\nsummary: S.\naliases: [vertebrae]\n---\n\nA biopsy of a vertebra.\n");

        // When
        var context = await site.BuildAsync(glossaryYml: Glossary);

        // Then
        var pages = context.OutputsOf(Pipeline.Pipelines.Content).Where(d => d.Meta is not null).ToDictionary(d => d.Meta!.Slug);
        pages["guide"].Text.ShouldContain("A biopsy takes tissue from a <a class=\"glossary-term\" href=\"/glossary/#vertebra\">vertebra</a>.");
        pages["other"].Text.ShouldContain("A <a class=\"glossary-term\" href=\"/glossary/#biopsy\">biopsy</a> of a vertebra.");
        context.Diagnostics.Sorted().ShouldBeEmpty();
    }
}
