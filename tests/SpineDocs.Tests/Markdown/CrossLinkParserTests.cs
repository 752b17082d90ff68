using Markdig.Syntax;
using SpineDocs.Markdown;
using SpineDocs.Markdown.CrossLinks;

namespace SpineDocs.Tests.Markdown;

public sealed class CrossLinkParserTests
{
    private static CrossLinkInline[] Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, SpineDocsMarkdown.Pipeline).Descendants<CrossLinkInline>().ToArray();

    [Fact]
    public void A_bare_slug_has_no_anchor_or_label()
    {
        // When
        var link = Parse("See [[spinal-metastasis]].").ShouldHaveSingleItem();

        // Then
        link.Slug.ShouldBe("spinal-metastasis");
        link.Anchor.ShouldBeNull();
        link.Label.ShouldBeNull();
    }

    [Fact]
    public void Slug_anchor_and_label_are_split()
    {
        // When
        var link = Parse("See [[spinal-cord-compression#symptoms|the signs]].").ShouldHaveSingleItem();

        // Then
        (link.Slug, link.Anchor, link.Label, link.Key).ShouldBe(("spinal-cord-compression", "symptoms", "the signs", "spinal-cord-compression#symptoms|the signs"));
    }

    [Fact]
    public void A_link_records_its_zero_based_line_and_column()
    {
        // When
        var link = Parse("First line.\n\nAnd then [[x]] here.").ShouldHaveSingleItem();

        // Then
        (link.Line, link.Column).ShouldBe((2, 9));
    }

    [Fact]
    public void Ordinary_links_and_single_brackets_are_left_to_markdig()
    {
        // When
        var links = Parse("A [normal](https://example.org) link and [text] in brackets.");

        // Then
        links.ShouldBeEmpty();
    }

    [Fact]
    public void A_same_page_anchor_has_an_empty_slug()
    {
        // When
        var link = Parse("Go to [[#symptoms]].").ShouldHaveSingleItem();

        // Then
        (link.Slug, link.Anchor).ShouldBe(("", "symptoms"));
    }
}
