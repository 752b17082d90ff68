namespace SpineDocs.Theme.Models;

/// <summary>The red-flag checklist: each tier's signs for the page without JavaScript, the form's groups, and the registry as JSON for the script.</summary>
public sealed record ChecklistView(
    IReadOnlyList<ChecklistTierView> Tiers,
    IReadOnlyList<ChecklistTierView> TiersWithoutCancer,
    IReadOnlyList<ChecklistGroupView> Groups,
    IReadOnlyList<RegionView> Regions,
    RegionView DefaultRegion,
    IReadOnlyList<RegionText> Escalation,
    IReadOnlyList<SourceView> References,
    string DataJson);

/// <summary>A tier's card: its style, its screen-reader label, its heading and note for the default region, and its signs.</summary>
public sealed record ChecklistTierView(
    string Id,
    string Style,
    string Label,
    RegionText Heading,
    RegionText? Note,
    bool CallsEmergencyNumber,
    IReadOnlyList<ChecklistFlagView> Flags);

public sealed record ChecklistGroupView(string Id, string Title, IReadOnlyList<ChecklistFlagView> Flags);

public sealed record ChecklistFlagView(string Id, string Text, string? Advice, IReadOnlyList<PageLink> Pages);

public sealed record RegionView(string Code, string Name, string Number);

/// <summary>Wording filled in for the site's default region, with its template for the script to fill for the reader's region.</summary>
public sealed record RegionText(string Text, string Template);
