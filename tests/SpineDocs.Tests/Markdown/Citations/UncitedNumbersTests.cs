using SpineDocs.Content;
using SpineDocs.Markdown;
using SpineDocs.Markdown.Citations;

namespace SpineDocs.Tests.Markdown.Citations;

public sealed class UncitedNumbersTests
{
    private static List<Position> Find(string markdown) => [.. UncitedNumbers.In(Markdig.Markdown.Parse(markdown, SpineDocsMarkdown.Pipeline))];

    [Theory]
    [InlineData("About 3 to 5 in 100 people get it.[^cruk]")]
    [InlineData("About 3 to 5 in 100 people[^cruk] get it.")]
    [InlineData("It is given as 16 mg.[^nice] Then it stops.")]
    [InlineData("Ring your 24-hour line.")]
    [InlineData("Changes in the NF2 gene, or at T12, or vitamin B12.")]
    [InlineData("It is a name: see [[chordoma|Chordoma 2]].")]
    [InlineData("Code such as `x = 3` is not prose.")]
    [InlineData("No figures here at all.")]
    public void A_sentence_whose_number_is_cited_or_is_a_name_needs_nothing(string markdown) =>
        Find(markdown).ShouldBeEmpty();

    [Theory]
    [InlineData("About 3 to 5 in 100 people get it.", 1, 7)]
    [InlineData("It is cited.[^a] But 1 in 10 is not.", 1, 22)]
    [InlineData("First sentence. It takes 37.5 minutes.", 1, 26)]
    [InlineData("- a list item of 8 Gy", 1, 18)]
    [InlineData("Most people (about 80%) recover.", 1, 20)]
    public void A_sentence_with_a_number_and_no_citation_is_found_at_its_first_number(string markdown, int line, int column) =>
        Find(markdown).ShouldHaveSingleItem().ShouldBe(new Position(line, column));

    [Fact]
    public void A_table_cell_is_prose_too()
    {
        // When
        var found = Find("| what | dose |\n|---|---|\n| steroid | 16 mg |");

        // Then
        found.ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public void Each_uncited_sentence_is_found_once_however_many_numbers_it_has()
    {
        // When
        var found = Find("It is 3 in 100, or 5 in 100. Then 2 more.\n\nAnother 4.");

        // Then
        found.Select(p => p.Line).ShouldBe([1, 1, 3]);
    }

    [Fact]
    public void Cards_from_the_registry_are_not_the_pages_prose()
    {
        // When
        var found = Find("::: note\nA card with 3 numbers.\n:::\n");

        // Then
        found.ShouldBeEmpty();
    }
}
