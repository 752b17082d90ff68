using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Markdown;

namespace SpineDocs.Tests.Markdown;

public sealed class GlossaryTermRendererTests
{
    private static readonly Glossary Glossary = new(
    [
        new GlossaryEntry("vertebra", "Vertebra", "One of the bones of the spine.", Position.Start) { Also = ["vertebrae"] },
        new GlossaryEntry("spinal-cord", "Spinal cord", "The nerves inside the spine.", Position.Start),
        new GlossaryEntry("mri", "MRI", "A scan that uses a magnet.", Position.Start),
    ]);

    private static (string Html, IReadOnlySet<string> Terms) Render(string markdown) =>
        SpineDocsMarkdown.Render(Markdig.Markdown.Parse(markdown, SpineDocsMarkdown.Pipeline), ImmutableDictionary<string, ResolvedLink>.Empty, SiteConfig.FallbackRegion, Glossary);

    [Fact]
    public void Only_the_first_use_of_a_term_on_a_page_is_marked()
    {
        // When
        var (html, terms) = Render("Each vertebra is a bone.\n\nA damaged vertebra can break; so can two vertebrae.");

        // Then
        html.ShouldContain("Each <a class=\"glossary-term\" href=\"/glossary/#vertebra\">vertebra</a> is a bone.");
        html.ShouldContain("A damaged vertebra can break; so can two vertebrae.");
        terms.ShouldBe(["vertebra"]);
    }

    [Fact]
    public void A_term_in_a_heading_is_not_marked_and_the_first_use_after_it_is()
    {
        // When
        var (html, _) = Render("## The spinal cord\n\nYour spinal cord carries messages.");

        // Then
        html.ShouldContain(">The spinal cord</h2>");
        html.ShouldContain("Your <a class=\"glossary-term\" href=\"/glossary/#spinal-cord\">spinal cord</a> carries");
    }

    [Fact]
    public void A_term_inside_a_link_is_not_marked()
    {
        // When
        var (html, _) = Render("See [the spinal cord](https://example.org) page.");

        // Then
        html.ShouldNotContain("glossary-term");
    }

    [Fact]
    public void The_longest_term_wins_and_words_inside_other_words_are_left_alone()
    {
        // When
        var (html, _) = Render("Spinal cords and vertebral bones.");

        // Then
        html.ShouldNotContain("glossary-term");
    }

    [Fact]
    public void An_abbreviation_matches_only_in_capitals()
    {
        // When
        var (html, _) = Render("An mri scan, or MRI.");

        // Then
        html.ShouldContain("An mri scan, or <a class=\"glossary-term\" href=\"/glossary/#mri\">MRI</a>.");
    }

    [Fact]
    public void Text_is_still_escaped_around_a_marked_term()
    {
        // When
        var (html, _) = Render("A & B < vertebra > C");

        // Then
        html.ShouldContain("A &amp; B &lt; <a class=\"glossary-term\" href=\"/glossary/#vertebra\">vertebra</a> &gt; C");
    }
}
