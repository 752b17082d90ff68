using SpineDocs.Content;
using SpineDocs.Markdown;

namespace SpineDocs.Tests.Markdown;

public sealed class CareCardRendererTests
{
    private static readonly Region Us = new("us", "United States", "911", "the ER");

    private static string Render(string markdown, Region? region = null) =>
        SpineDocsMarkdown.Render(Markdig.Markdown.Parse(markdown, SpineDocsMarkdown.Pipeline), new Dictionary<string, ResolvedLink>(), region ?? Us).Html;

    [Fact]
    public void An_emergency_card_names_the_regions_number_and_links_to_call_it()
    {
        // When
        var html = Render("::: emergency\n- you cannot walk\n:::\n");

        // Then
        html.ShouldContain("<section class=\"care-card care-card--emergency\" aria-labelledby=\"emergency\">");
        html.ShouldContain("<span class=\"visually-hidden\">Emergency: </span>Call 911 or go to the ER now if:");
        html.ShouldContain("<a class=\"call-button\" href=\"tel:911\">Call 911</a>");
        html.ShouldContain("<li>you cannot walk</li>");
    }

    [Fact]
    public void Urgent_and_non_urgent_cards_carry_their_own_hidden_prefix_and_no_call_button()
    {
        // When
        var html = Render("::: urgent\n- pain at night\n:::\n\n::: non-urgent\n- tiredness\n:::\n");

        // Then
        html.ShouldContain("<span class=\"visually-hidden\">Urgent, today: </span>Contact your cancer care team or acute oncology line today if:");
        html.ShouldContain("<span class=\"visually-hidden\">Not urgent: </span>");
        html.ShouldNotContain("tel:");
    }

    [Fact]
    public void An_authored_heading_replaces_the_default_one()
    {
        // When
        var html = Render("::: urgent\n### Ring the acute oncology line today if:\n- a fever\n:::\n");

        // Then
        html.ShouldContain("</span>Ring the acute oncology line today if:</h2>");
        html.ShouldNotContain("Contact your cancer care team");
    }

    [Fact]
    public void A_card_heading_sits_one_level_below_the_heading_before_it()
    {
        // When
        var html = Render("## Symptoms\n\nText.\n\n::: emergency\n- weakness\n:::\n");

        // Then
        html.ShouldContain("<h3 class=\"care-card__title\" id=\"emergency\">");
    }

    [Fact]
    public void Other_containers_render_as_markdig_renders_them()
    {
        // When
        var html = Render("::: note\nHello\n:::\n");

        // Then
        html.ShouldContain("<div class=\"note\">");
    }

    [Fact]
    public void Two_cards_of_one_tier_get_distinct_ids()
    {
        // When
        var html = Render("::: emergency\n- a\n:::\n\n::: emergency\n- b\n:::\n");

        // Then
        html.ShouldContain("id=\"emergency\"");
        html.ShouldContain("id=\"emergency-2\"");
    }
}
