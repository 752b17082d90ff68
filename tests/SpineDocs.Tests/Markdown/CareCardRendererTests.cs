using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Markdown;

public sealed class CareCardRendererTests
{
    private static readonly RedFlagRegistry Registry = new RedFlagRegistryReader("red-flags.yml", new DiagnosticBag()).Read(InMemorySite.RedFlagsYml);

    private static Region Us => Registry.RegionFor("us")!;

    private static string Render(string markdown, Region? region = null) =>
        SpineDocsMarkdown.Render(Markdig.Markdown.Parse(markdown, SpineDocsMarkdown.Pipeline), new Dictionary<string, ResolvedLink>(), region ?? Us, redFlags: Registry).Html;

    [Fact]
    public void An_emergency_card_fills_its_heading_and_note_for_the_region_and_links_to_call_the_number()
    {
        // When
        var html = Render("::: red-flags emergency\n:::\n");

        // Then
        html.ShouldContain("<section class=\"care-card care-card--emergency\" aria-labelledby=\"emergency\">");
        html.ShouldContain("<span class=\"visually-hidden\">Emergency: </span><span data-template=\"Ring {cancer-line} now if:\">Ring your cancer team's 24-hour number now if:</span>");
        html.ShouldContain("<p class=\"care-card__note\"><span data-template=\"If you cannot get through, call {number}.\">If you cannot get through, call 911.</span></p>");
        html.ShouldContain("<a class=\"call-button\" data-tel href=\"tel:911\">Call 911</a>");
        html.ShouldContain("Numbers and services for <span data-region-name>United States</span>. <a href=\"/get-help-now/#help-lines\">Other countries</a>");
        html.ShouldContain("<li data-flag=\"limb-weakness\">your arms or legs feel weak</li>");
    }

    [Fact]
    public void Urgent_and_soon_cards_carry_their_own_hidden_label_and_no_call_button()
    {
        // When
        var html = Render("::: red-flags urgent\n:::\n\n::: red-flags soon\n:::\n");

        // Then
        html.ShouldContain("<span class=\"visually-hidden\">Urgent, today: </span>Contact your cancer care team today if:");
        html.ShouldContain("<section class=\"care-card care-card--soon\"");
        html.ShouldContain("<span class=\"visually-hidden\">Not urgent: </span>");
        html.ShouldNotContain("tel:");
    }

    [Fact]
    public void A_card_shows_only_the_groups_and_signs_it_names()
    {
        // When
        var html = Render("::: red-flags urgent thirst night-pain\n:::\n");

        // Then
        html.ShouldContain("data-flag=\"thirst\"");
        html.ShouldContain("data-flag=\"night-pain\"");
        html.ShouldNotContain("data-flag=\"site-pain\"");
    }

    [Fact]
    public void A_without_cancer_card_lists_the_signs_by_their_tier_for_readers_who_never_had_cancer()
    {
        // When
        var html = Render("::: red-flags see-a-doctor without-cancer\n:::\n");

        // Then
        html.ShouldContain("See a doctor within a few days if:");
        html.ShouldContain("data-flag=\"night-pain\"");
        html.ShouldContain("data-flag=\"tired\"");
        html.ShouldNotContain("data-flag=\"limb-weakness\"");
    }

    [Fact]
    public void A_card_heading_sits_one_level_below_the_heading_before_it()
    {
        // When
        var html = Render("## Symptoms\n\nText.\n\n::: red-flags emergency\n:::\n");

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
        var html = Render("::: red-flags urgent thirst\n:::\n\n::: red-flags urgent night-pain\n:::\n");

        // Then
        html.ShouldContain("id=\"urgent\"");
        html.ShouldContain("id=\"urgent-2\"");
    }

    [Fact]
    public void Help_lines_name_each_regions_numbers_with_the_page_that_verifies_them_default_region_first()
    {
        // When
        var html = Render("::: help-lines\n:::\n", Registry.RegionFor("uk"));

        // Then
        html.IndexOf("United Kingdom", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("United States", StringComparison.Ordinal));
        html.ShouldContain("<a href=\"tel:111\">111</a>");
        html.ShouldContain("<a href=\"tel:999\">999</a>");
        html.ShouldContain("<a href=\"https://example.org/guide\" rel=\"external\">A guideline</a>");
    }
}
