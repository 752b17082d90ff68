using SpineDocs.Content;

namespace SpineDocs.SiteTests;

/// <summary>The red-flag registry over the real built site: every sign on every card comes from it, at its one tier.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class RedFlagTests(BuiltSite site)
{
    [Fact]
    public void Every_condition_pages_emergency_card_lists_the_registrys_nerve_and_cord_signs()
    {
        // Given
        var nerveAndCord = site.Result.Context.RedFlags.Flags.Where(f => f.Group == "nerve-and-cord" && f.Tier == "emergency").Select(f => f.Id).ToList();
        var conditions = site.Pages.Where(p => site.SourceOf(p.Key)?.Meta?.Kind == PageKind.Condition).ToList();

        // Then
        nerveAndCord.Count.ShouldBeGreaterThanOrEqualTo(7);
        conditions.Count.ShouldBeGreaterThan(10);
        foreach (var (url, page) in conditions)
        {
            var listed = page.QuerySelectorAll(".care-card--emergency ul.red-flag-list[data-tier=emergency] li").Select(li => li.GetAttribute("data-flag")).ToList();
            listed.ShouldBeSubsetOf(site.Result.Context.RedFlags.FlagsById.Keys, url);
            nerveAndCord.ShouldBeSubsetOf(listed.OfType<string>(), url);
        }
    }

    [Fact]
    public void Every_sign_on_every_card_is_the_registrys_at_its_tier_for_the_cards_readers()
    {
        // Given
        var registry = site.Result.Context.RedFlags;
        var problems = new List<string>();
        var signs = 0;

        // When
        foreach (var (url, page) in site.Pages)
        {
            foreach (var item in page.QuerySelectorAll(".care-card li"))
            {
                signs++;
                var list = item.Closest("ul.red-flag-list");
                var id = item.GetAttribute("data-flag");
                if (list is null || id is null || !registry.FlagsById.TryGetValue(id, out var flag))
                {
                    problems.Add($"{url}: a card item not from the registry: '{item.TextContent.Trim()}'");
                    continue;
                }

                var withoutCancer = list.GetAttribute("data-audience") == "without-cancer";
                if (flag.TierFor(!withoutCancer) != list.GetAttribute("data-tier") || !item.TextContent.Trim().StartsWith(flag.Text, StringComparison.Ordinal))
                {
                    problems.Add($"{url}: '{id}' shown as {list.GetAttribute("data-tier")} for {(withoutCancer ? "readers without cancer" : "readers with cancer")}");
                }
            }
        }

        // Then
        signs.ShouldBeGreaterThan(100);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_checklist_page_works_without_javascript_grouping_every_flag_under_its_tier_for_both_kinds_of_reader()
    {
        // Given
        var page = site.Pages["/checklist/"];
        var registry = site.Result.Context.RedFlags;

        // Then
        var fallback = page.QuerySelector("[data-checklist-static]").ShouldNotBeNull();
        fallback.HasAttribute("hidden").ShouldBeFalse();
        registry.Tiers.ShouldNotBeEmpty();
        foreach (var tier in registry.Tiers)
        {
            fallback.QuerySelectorAll($"ul[data-tier={tier.Id}]:not([data-audience]) li").Select(li => li.GetAttribute("data-flag"))
                .ShouldBe(registry.Flags.Where(f => f.Tier == tier.Id).Select(f => f.Id), tier.Id);
            fallback.QuerySelectorAll($"ul[data-tier={tier.Id}][data-audience=without-cancer] li").Select(li => li.GetAttribute("data-flag"))
                .ShouldBe(registry.Flags.Where(f => f.WithoutCancer == tier.Id).Select(f => f.Id), tier.Id);
        }

        fallback.QuerySelector($".care-card--emergency a[href='tel:{site.Result.Context.Region.EmergencyNumber}']").ShouldNotBeNull();
        page.QuerySelector("form[data-checklist]").ShouldNotBeNull().HasAttribute("hidden").ShouldBeTrue();
        page.QuerySelector("script[type=module][src^='/assets/checklist.']").ShouldNotBeNull();
        page.QuerySelector("script#red-flag-data[type='application/json']").ShouldNotBeNull();
    }

    [Fact]
    public void The_checklist_names_the_references_every_rule_and_number_rests_on()
    {
        // Given
        var page = site.Pages["/checklist/"];
        var references = site.Result.Context.RedFlags.References;

        // Then
        references.Count().ShouldBeGreaterThan(10);
        foreach (var reference in references)
        {
            page.QuerySelector($"#source-{reference.Id} a[href='{reference.Url}']").ShouldNotBeNull(reference.Id);
        }
    }

    [Fact]
    public void Get_help_now_names_every_regions_emergency_non_emergency_and_crisis_lines_with_their_sources()
    {
        // Given
        var page = site.Pages["/get-help-now/"];

        site.Result.Context.RedFlags.Regions.Length.ShouldBeGreaterThan(5);

        // Then
        foreach (var region in site.Result.Context.RedFlags.Regions)
        {
            var section = page.QuerySelector($"#help-lines-{region.Code}").ShouldNotBeNull(region.Code).Closest("section").ShouldNotBeNull(region.Code);
            section.QuerySelector($"a[href='tel:{region.EmergencyNumber}']").ShouldNotBeNull(region.Code);
            if (region.NonEmergency.Dial is { } dial)
            {
                section.QuerySelector($"a[href='tel:{dial}']").ShouldNotBeNull(region.Code);
            }

            if (region.Crisis?.Dial is { } crisis)
            {
                section.QuerySelector($"a[href='tel:{crisis}']").ShouldNotBeNull(region.Code);
            }

            section.QuerySelectorAll(".help-lines__sources a[href^='https://']").Length.ShouldBeGreaterThan(0, region.Code);
        }
    }
}
