using System.Text.RegularExpressions;
using SpineDocs.Content;

namespace SpineDocs.SiteTests;

/// <summary>The red-flag registry over the real built site: one urgency per sign everywhere.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class RedFlagTests(BuiltSite site)
{
    private static readonly Dictionary<string, string> TierOfCard = new()
    {
        ["care-card--emergency"] = "emergency",
        ["care-card--urgent"] = "urgent",
        ["care-card--non-urgent"] = "soon",
    };

    [Fact]
    public void Every_condition_pages_emergency_list_comes_from_the_registry()
    {
        // Given
        var emergency = site.Result.Context.RedFlags.Flags.Where(f => f.Tier == "emergency").Select(f => f.Id).ToList();
        var conditions = site.Pages.Where(p => site.SourceOf(p.Key)?.Meta?.Kind == PageKind.Condition).ToList();

        // Then
        emergency.Count.ShouldBeGreaterThanOrEqualTo(7);
        conditions.ShouldNotBeEmpty();
        foreach (var (url, page) in conditions)
        {
            var list = page.QuerySelector(".care-card--emergency ul.red-flag-list[data-tier=emergency]").ShouldNotBeNull(url);
            list.QuerySelectorAll("li").Select(li => li.GetAttribute("data-flag")).ShouldBe(emergency, url);
        }
    }

    [Fact]
    public void No_sign_appears_under_two_different_tiers_anywhere_in_the_built_site()
    {
        // Given: every card item on every page, plus the registry's own wording
        var tiersBySign = new Dictionary<string, HashSet<string>>();
        void Add(string text, string tier, string where)
        {
            var key = Normalise(text);
            if (!tiersBySign.TryGetValue(key, out var tiers))
            {
                tiersBySign[key] = tiers = [];
            }

            tiers.Add($"{tier} ({where})");
        }

        foreach (var flag in site.Result.Context.RedFlags.Flags)
        {
            Add(flag.Text, flag.Tier, "red-flags.yml");
        }

        foreach (var (url, page) in site.Pages)
        {
            foreach (var card in page.QuerySelectorAll(".care-card"))
            {
                var tier = TierOfCard.First(t => card.ClassList.Contains(t.Key)).Value;
                foreach (var item in card.QuerySelectorAll("li"))
                {
                    Add(item.TextContent, tier, url);
                }
            }
        }

        // When
        var conflicts = tiersBySign
            .Where(s => s.Value.Select(t => t.Split(' ')[0]).Distinct().Count() > 1)
            .Select(s => $"'{s.Key}': {string.Join(", ", s.Value.Order())}")
            .ToList();

        // Then
        tiersBySign.Count.ShouldBeGreaterThan(20);
        conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void The_checklist_page_works_without_javascript_grouping_every_flag_under_its_tier_and_action()
    {
        // Given
        var page = site.Pages["/checklist/"];
        var registry = site.Result.Context.RedFlags;

        // Then
        var fallback = page.QuerySelector("[data-checklist-static]").ShouldNotBeNull();
        fallback.HasAttribute("hidden").ShouldBeFalse();
        foreach (var tier in registry.Tiers)
        {
            fallback.QuerySelectorAll($"ul[data-tier={tier.Id}] li").Select(li => li.GetAttribute("data-flag"))
                .ShouldBe(registry.Flags.Where(f => f.Tier == tier.Id).Select(f => f.Id), tier.Id);
        }

        fallback.QuerySelector($".care-card--emergency a[href='tel:{site.Result.Context.Region.EmergencyNumber}']").ShouldNotBeNull();
        page.QuerySelector("form[data-checklist]")!.HasAttribute("hidden").ShouldBeTrue();
        page.QuerySelector("script[type=module][src^='/assets/checklist.']").ShouldNotBeNull();
        page.QuerySelector("script#red-flag-data[type='application/json']").ShouldNotBeNull();
    }

    private static string Normalise(string text) => Space().Replace(text.Trim().TrimEnd('.').ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
