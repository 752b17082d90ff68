namespace SpineDocs.Theme.Models;

/// <summary>The red-flag checklist: its tiers and signs for the page without JavaScript, and the registry as JSON for the script.</summary>
public sealed record ChecklistView(
    IReadOnlyList<ChecklistTierView> Tiers,
    IReadOnlyList<ChecklistGroupView> Groups,
    IReadOnlyList<RegionView> Regions,
    RegionView DefaultRegion,
    string SeeADoctorAction,
    string DataJson);

/// <summary>A tier's wording with <c>{number}</c> and <c>{department}</c> left in, for the script to fill per region.</summary>
public sealed record ChecklistTierView(string Id, string Heading, string Action, IReadOnlyList<ChecklistFlagView> Flags);

public sealed record ChecklistGroupView(string Id, string Title, IReadOnlyList<ChecklistFlagView> Flags);

public sealed record ChecklistFlagView(string Id, string Text, string Tier, bool CancerHistoryOnly, IReadOnlyList<PageLink> Pages);

public sealed record RegionView(string Code, string Name, string Number, string Department)
{
    public string Fill(string template) =>
        template.Replace("{number}", Number, StringComparison.Ordinal).Replace("{department}", Department, StringComparison.Ordinal);
}
