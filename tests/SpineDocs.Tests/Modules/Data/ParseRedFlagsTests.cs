using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Modules.Data;

public sealed class ParseRedFlagsTests
{
    private const string Yml = InMemorySite.RedFlagsYml;

    private static Task<BuildContext> Build(string redFlags, string page = "Hello.") =>
        new InMemorySite().Page("guide.md", $"---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\n{page}\n").BuildAsync(redFlagsYml: redFlags);

    private static Diagnostic SingleError(BuildContext context) => InMemorySite.Errors(context).ShouldHaveSingleItem();

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> that contains <paramref name="text"/>.</summary>
    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public async Task A_complete_registry_reads_tiers_in_order_of_severity_regions_flags_and_escalation()
    {
        // When
        var context = await Build(Yml);

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        var registry = context.RedFlags;
        registry.Tiers.Select(t => (t.Id, t.Severity)).ShouldBe([("call-emergency", 0), ("emergency", 1), ("urgent", 2), ("see-a-doctor", 3), ("soon", 4)]);
        registry.Regions.Select(r => (r.Code, r.EmergencyNumber, r.NonEmergency.Number)).ShouldBe([("uk", "999", "111"), ("us", "911", null)]);
        var night = registry.FlagsById["night-pain"];
        (night.Tier, night.WithoutCancer, night.Group, night.Symptom).ShouldBe(("urgent", "see-a-doctor", "spinal-pain", "back-pain"));
        registry.FlagsById["thirst"].Symptom.ShouldBe("thirst");
        registry.FlagsById["limb-weakness"].Words.ShouldBe(["weak legs"]);
        registry.Escalation.ShouldHaveSingleItem().ShouldBe(registry.Escalation[0] with { Tier = "urgent", Signs = 2, Becomes = "emergency" });
        context.Region.EmergencyDepartment.ShouldBe("A&E");
    }

    [Fact]
    public async Task Two_flags_with_one_id_are_an_error_at_the_second()
    {
        // Given
        var yaml = Yml.Replace("id: night-pain", "id: limb-weakness");

        // When
        var context = await Build(yaml);

        // Then
        SingleError(context).ToString().ShouldStartWith(
            $"input/red-flags.yml({LineOf(yaml, "text: back pain at night") - 1},5): error SD0602: another flag already has the id 'limb-weakness' (line {LineOf(yaml, "id: limb-weakness")})");
    }

    [Fact]
    public async Task The_same_wording_at_two_tiers_is_an_error()
    {
        // When
        var context = await Build(Yml.Replace("text: back pain at night stops you sleeping", "text: Your arms or legs feel weak"));

        // Then
        SingleError(context).Message.ShouldStartWith("another flag already has the same wording as 'limb-weakness'");
    }

    [Theory]
    [InlineData("sleeping\n    tier: urgent\n    without-cancer: see-a-doctor", "sleeping\n    tier: later\n    without-cancer: see-a-doctor", "tier: later", "unknown tier 'later' for flag 'night-pain'")]
    [InlineData("sleeping\n    tier: urgent\n    without-cancer: see-a-doctor", "sleeping\n    tier: urgent\n    without-cancer: see-a-docter", "see-a-docter", "unknown tier 'see-a-docter' for flag 'night-pain': use one of call-emergency, emergency, urgent, see-a-doctor, soon. Did you mean 'see-a-doctor'?")]
    public async Task A_flags_tier_with_or_without_cancer_must_be_a_registry_tier(string from, string to, string line, string message)
    {
        // Given
        var yaml = Yml.Replace(from, to);

        // When
        var context = await Build(yaml);

        // Then
        var error = SingleError(context);
        (error.Code, error.Line).ShouldBe((DiagnosticCodes.UnknownTier, LineOf(yaml, line)));
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task A_sign_with_no_tier_for_readers_without_cancer_is_an_error_at_the_sign()
    {
        // Given
        var yaml = Yml.Replace("    without-cancer: see-a-doctor\n    group: other\n  - id: tired", "    group: other\n  - id: tired");

        // When
        var context = await Build(yaml);

        // Then
        var error = SingleError(context);
        (error.Code, error.Line).ShouldBe((DiagnosticCodes.RedFlagsInvalid, LineOf(yaml, "id: thirst")));
        error.Message.ShouldStartWith("'without-cancer' is missing or empty here: add 'without-cancer:' with the tier for someone who never had cancer");
    }

    [Fact]
    public async Task The_retired_cancer_history_only_field_says_what_replaced_it()
    {
        // Given
        var yaml = Yml.Replace("    symptom: back-pain\n    pages: [home]", "    symptom: back-pain\n    cancer-history-only: true\n    pages: [home]");

        // When
        var context = await Build(yaml);

        // Then
        SingleError(context).Message.ShouldBe("unknown flag field 'cancer-history-only'. Give the sign's outcome for a reader who never had cancer as 'without-cancer:' instead.");
    }

    [Fact]
    public async Task A_tier_without_its_phone_wording_is_an_error_at_the_tier()
    {
        // Given
        var yaml = Yml.Replace("    say: Say which signs you have.\n", "");

        // When
        var context = await Build(yaml);

        // Then
        SingleError(context).ToString().ShouldBe($"input/red-flags.yml({LineOf(yaml, "style: urgent")},5): error SD0601: 'say' is missing or empty here: add 'say:' with what to say on the phone.");
    }

    [Fact]
    public async Task A_tier_heading_that_is_not_a_call_to_action_ending_in_if_is_an_error()
    {
        // When
        var context = await Build(Yml.Replace("heading: \"Contact your cancer care team today if:\"", "heading: Things to watch"));

        // Then
        SingleError(context).Message.ShouldStartWith("the heading of tier 'urgent' must be one call to action ending in 'if:'");
    }

    [Theory]
    [InlineData("department: the ER", "", "'department' is missing or empty here")]
    [InlineData("number: \"911\"", "number: \"9-1-1\"", "the emergency number for United States must be digits only")]
    [InlineData("cancer-line: your cancer team's 24-hour number", "", "'cancer-line' is missing or empty here")]
    [InlineData("    non-emergency: { name: your doctor }\n", "", "'non-emergency' is missing or is not a block")]
    [InlineData("    non-emergency: { name: your doctor }\n    references: [guide]", "    non-emergency: { name: your doctor }", "the emergency number for United States needs 'references:'")]
    [InlineData("non-emergency: { name: your doctor }", "non-emergency: { name: a line, number: \"123\" }", "the number for a line needs 'reference:' naming the official page that gives it")]
    public async Task Every_region_must_be_complete_and_every_number_verified(string from, string to, string message)
    {
        // When
        var context = await Build(Yml.Replace(from, to));

        // Then
        var error = SingleError(context);
        error.Code.ShouldBe(DiagnosticCodes.RegionIncomplete);
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task A_reference_the_registry_does_not_list_is_an_error_with_a_suggestion()
    {
        // When
        var context = await Build(Yml.Replace("non-emergency: { name: NHS 111, number: \"111\", reference: guide }", "non-emergency: { name: NHS 111, number: \"111\", reference: guid }"));

        // Then
        var error = SingleError(context);
        error.Code.ShouldBe(DiagnosticCodes.UnknownRegistryReference);
        error.Message.ShouldBe("'guid' is not one of the registry's references: add it under 'references:' with its address. Did you mean 'guide'?");
    }

    [Theory]
    [InlineData("url: \"https://example.org/guide\"", "url: \"https://\"", "the address 'https://' is not a full web address")]
    [InlineData("checked: 2026-01-01 }", "checked: 2026-02-30 }", "'checked' must be a date written as YYYY-MM-DD (found '2026-02-30')")]
    public async Task A_reference_needs_a_real_address_and_the_date_it_was_checked(string from, string to, string message)
    {
        // When
        var context = await Build(Yml.Replace(from, to));

        // Then
        InMemorySite.Errors(context).Select(e => e.Message).ShouldContain(m => m.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_escalation_rule_must_raise_to_a_more_urgent_tier()
    {
        // When
        var context = await Build(Yml.Replace("becomes: emergency", "becomes: soon"));

        // Then
        SingleError(context).Message.ShouldStartWith("an escalation rule counts 'signs:' of 2 or more at one tier and names a more urgent tier");
    }

    [Fact]
    public async Task A_flag_that_names_a_page_that_does_not_exist_is_an_error_at_that_name()
    {
        // Given
        var yaml = Yml.Replace("pages: [home]", "pages: [home, gide]");

        // When
        var context = await Build(yaml);

        // Then
        InMemorySite.Errors(context).First().ToString().ShouldBe($"input/red-flags.yml({LineOf(yaml, "gide")},19): error SD0605: flag 'limb-weakness' names the page 'gide', which does not exist. Did you mean 'guide'?");
    }

    [Fact]
    public async Task A_flag_without_a_known_group_is_an_error()
    {
        // When
        var context = await Build(Yml.Replace("group: spinal-pain\n    symptom: back-pain\n    pages", "group: pain\n    symptom: back-pain\n    pages"));

        // Then
        SingleError(context).Message.ShouldStartWith("flag 'night-pain' needs a group from 'groups:'");
    }

    [Fact]
    public async Task A_red_flags_card_on_a_page_is_rendered_from_the_registry()
    {
        // When
        var context = await Build(Yml, "::: red-flags urgent spinal-pain\n:::\n");

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        var page = context.OutputsOf(Pipelines.Content).Single(d => d.Url == "/guide/");
        page.Text.ShouldContain("<section class=\"care-card care-card--urgent\" aria-labelledby=\"urgent\">");
        page.Text.ShouldContain("Contact your cancer care team today if:");
        page.Text.ShouldContain("<li data-flag=\"night-pain\">back pain at night stops you sleeping</li>");
        page.Text.ShouldNotContain("limb-weakness");
    }

    [Theory]
    [InlineData("::: red-flags\n:::", "'::: red-flags' needs a tier")]
    [InlineData("::: red-flags later\n:::", "red-flags.yml has no tier 'later'")]
    [InlineData("::: red-flags urgent calcium\n:::", "red-flags.yml has no group or sign 'calcium'")]
    [InlineData("::: red-flags urgent limb-weakness\n:::", "the sign 'limb-weakness' is emergency, not urgent")]
    [InlineData("::: red-flags emergency without-cancer\n:::", "red-flags.yml has no emergency signs for readers who never had cancer")]
    [InlineData("::: red-flags soon nerve-and-cord\n:::", "red-flags.yml has no soon signs in nerve-and-cord")]
    public async Task A_red_flags_card_must_name_a_tier_and_groups_or_signs_at_that_tier(string container, string message)
    {
        // When
        var context = await Build(Yml, container);

        // Then
        var error = SingleError(context);
        (error.Code, error.Line, error.Column).ShouldBe((DiagnosticCodes.UnknownRedFlagList, 7, 1));
        error.Message.ShouldStartWith(message);
    }

    [Theory]
    [InlineData("::: urgent\n- pain at night\n:::", DiagnosticCodes.HandWrittenCard, 7, "care cards list signs from red-flags.yml only, so no sign is shown at two urgencies: replace '::: urgent' and its list with '::: red-flags urgent'")]
    [InlineData("::: non-urgent\n- tiredness\n:::", DiagnosticCodes.HandWrittenCard, 7, "care cards list signs from red-flags.yml only, so no sign is shown at two urgencies: replace '::: non-urgent' and its list with '::: red-flags soon'")]
    [InlineData("::: emergency\n:::", DiagnosticCodes.HandWrittenCard, 7, "care cards list signs from red-flags.yml only")]
    [InlineData("::: red-flags urgent\n- my own sign\n:::", DiagnosticCodes.WordsInsideCard, 8, "a '::: red-flags' card takes its heading, signs and advice from red-flags.yml: write nothing inside it")]
    [InlineData("::: red-flags urgent\n### Call us if:\n:::", DiagnosticCodes.WordsInsideCard, 8, "a '::: red-flags' card takes its heading")]
    public async Task A_card_that_lists_signs_by_hand_fails_at_its_line(string container, string code, int line, string message)
    {
        // When
        var context = await Build(Yml, container);

        // Then
        var error = SingleError(context);
        (error.Code, error.Line, error.Column).ShouldBe((code, line, 1));
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task The_emergency_card_uses_the_sites_region_from_the_registry()
    {
        // When
        var context = await new InMemorySite()
            .Page("guide.md", "---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\n::: red-flags emergency\n:::\n")
            .BuildAsync(siteYml: InMemorySite.SiteYml.Replace("region: uk", "region: us"));

        // Then
        var page = context.OutputsOf(Pipelines.Content).Single(d => d.Url == "/guide/");
        page.Text.ShouldContain("Ring your cancer team's 24-hour number now if:");
        page.Text.ShouldContain("<a class=\"call-button\" data-tel href=\"tel:911\">Call 911</a>");
    }
}
