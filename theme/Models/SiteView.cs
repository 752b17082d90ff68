namespace SpineDocs.Theme.Models;

/// <summary>What every page shows of the site: its name, sections, emergency number and assets.</summary>
public sealed record SiteView(
    string Name,
    string BaseUrl,
    string Language,
    string EmergencyNumber,
    string EmergencyDepartment,
    string StylesheetUrl,
    IReadOnlyList<PageLink> Sections)
{
    /// <summary>The search module every page loads; empty when the site is built without search.</summary>
    public string SearchScriptUrl { get; init; } = "";

    public string IconUrl { get; init; } = "";

    /// <summary>The site's default region, whose numbers every page is built with.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>The module that shows the reader's own region on every page.</summary>
    public string RegionScriptUrl { get; init; } = "";

    /// <summary>The checklist is made only from a registry with signs in it.</summary>
    public bool HasChecklist { get; init; } = true;
}
