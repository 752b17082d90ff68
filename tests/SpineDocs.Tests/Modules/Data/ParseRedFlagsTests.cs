using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Modules.Data;

public sealed class ParseRedFlagsTests
{
    private static Task<BuildContext> Build(string redFlags, string page = "Hello.") =>
        new InMemorySite().Page("guide.md", $"---\ntitle: Guide\nkind: page\nsummary: S.\n---\n\n{page}\n").BuildAsync(redFlagsYml: redFlags);

    private static Diagnostic SingleError(BuildContext context) => InMemorySite.Errors(context).ShouldHaveSingleItem();

    [Fact]
    public async Task A_complete_registry_reads_tiers_in_order_of_severity_regions_and_flags()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml);

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        var registry = context.RedFlags;
        registry.Tiers.Select(t => (t.Id, t.Severity)).ShouldBe([("emergency", 0), ("urgent", 1), ("soon", 2)]);
        registry.Regions.Select(r => (r.Code, r.EmergencyNumber)).ShouldBe([("uk", "999"), ("us", "911")]);
        var night = registry.Flags.Single(f => f.Id == "night-pain");
        (night.Tier, night.Group, night.CancerHistoryOnly).ShouldBe(("urgent", "spinal-pain", true));
        registry.Flags.Single(f => f.Id == "limb-weakness").Words.ShouldBe(["weak legs"]);
        context.Region.EmergencyDepartment.ShouldBe("A&E");
    }

    [Fact]
    public async Task Two_flags_with_one_id_are_an_error_at_the_second()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("id: night-pain", "id: limb-weakness"));

        // Then
        SingleError(context).ToString().ShouldStartWith("input/red-flags.yml(34,5): error SD0602: another flag already has the id 'limb-weakness' (line 28)");
    }

    [Fact]
    public async Task The_same_wording_at_two_tiers_is_an_error()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("text: back pain at night stops you sleeping", "text: Your arms or legs feel weak"));

        // Then
        SingleError(context).Message.ShouldStartWith("another flag already has the same wording as 'limb-weakness'");
    }

    [Fact]
    public async Task A_tier_the_registry_does_not_know_is_an_error()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("  soon:\n", "  later:\n"));

        // Then
        InMemorySite.Errors(context).Select(d => d.Code).ShouldBe([DiagnosticCodes.UnknownTier, DiagnosticCodes.RedFlagsInvalid], ignoreOrder: true);
        InMemorySite.Errors(context).Single(d => d.Code == DiagnosticCodes.UnknownTier).Message.ShouldBe("unknown tier 'later': the tiers are emergency, urgent, soon.");
    }

    [Fact]
    public async Task A_tier_without_its_phone_wording_is_an_error_at_the_tier()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("    say: Say which signs you have.\n", ""));

        // Then
        SingleError(context).ToString().ShouldBe("input/red-flags.yml(8,5): error SD0601: 'say' is missing or empty here: add 'say:' with what to say on the phone.");
    }

    [Theory]
    [InlineData("department: the ER", "", "'department' is missing or empty here")]
    [InlineData("number: \"911\"", "number: \"9-1-1\"", "the emergency number for United States must be digits only")]
    public async Task Every_region_must_be_complete(string from, string to, string message)
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace(from, to));

        // Then
        var error = SingleError(context);
        error.Code.ShouldBe(DiagnosticCodes.RegionIncomplete);
        error.Line.ShouldBe(26);
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task A_flag_that_names_a_page_that_does_not_exist_is_an_error_at_that_name()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("pages: [home]", "pages: [home, gide]"));

        // Then
        InMemorySite.Errors(context).First().ToString().ShouldBe("input/red-flags.yml(33,19): error SD0605: flag 'limb-weakness' names the page 'gide', which does not exist. Did you mean 'guide'?");
    }

    [Fact]
    public async Task A_flag_without_a_known_group_is_an_error()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml.Replace("group: spinal-pain", "group: pain"));

        // Then
        SingleError(context).Message.ShouldStartWith("flag 'night-pain' needs a group from 'groups:'");
    }

    [Fact]
    public async Task A_red_flags_list_on_a_page_is_rendered_from_the_registry()
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml, "::: red-flags urgent spinal-pain\n:::\n");

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
        var page = context.OutputsOf(Pipelines.Content).Single(d => d.Url == "/guide/");
        page.Text.ShouldContain("<section class=\"care-card care-card--urgent\" aria-labelledby=\"urgent\">");
        page.Text.ShouldContain("Contact your cancer care team or acute oncology line today if:");
        page.Text.ShouldContain("<li data-flag=\"night-pain\">back pain at night stops you sleeping</li>");
        page.Text.ShouldNotContain("limb-weakness");
    }

    [Theory]
    [InlineData("::: red-flags\n:::", "'::: red-flags' needs a tier")]
    [InlineData("::: red-flags later\n:::", "'::: red-flags' needs a tier")]
    [InlineData("::: red-flags urgent calcium\n:::", "red-flags.yml has no group 'calcium'")]
    [InlineData("::: red-flags soon\n:::", "red-flags.yml has no soon flags")]
    public async Task A_red_flags_list_must_name_a_tier_and_groups_with_flags(string container, string message)
    {
        // When
        var context = await Build(InMemorySite.RedFlagsYml, container);

        // Then
        var error = SingleError(context);
        (error.Code, error.Line, error.Column).ShouldBe((DiagnosticCodes.UnknownRedFlagList, 7, 1));
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
        page.Text.ShouldContain("Call 911 or go to the ER now if:");
        page.Text.ShouldContain("<a class=\"call-button\" href=\"tel:911\">Call 911</a>");
    }
}
