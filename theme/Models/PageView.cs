namespace SpineDocs.Theme.Models;

/// <summary>Everything the layout needs to render one page.</summary>
public sealed record PageView(SiteView Site, string Title, string Summary, string Url, string KindLabel, string BodyHtml)
{
    /// <summary>What comes before the first section: the lead and any card an emergency page opens with, shown above "On this page".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string LeadHtml => BodyHtml[..SplitAt];

    [System.Text.Json.Serialization.JsonIgnore]
    public string SectionsHtml => BodyHtml[SplitAt..];

    private int SplitAt => BodyHtml.IndexOf("<h2 id=", StringComparison.Ordinal) is var i and >= 0 ? i : BodyHtml.Length;

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    public IReadOnlyList<PageLink> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<PageLink> Related { get; init; } = [];

    public IReadOnlyList<SourceView> Sources { get; init; } = [];

    public IReadOnlyList<ListingGroup> Listing { get; init; } = [];

    public IReadOnlyList<GlossaryEntryView> Glossary { get; init; } = [];

    public ChecklistView? Checklist { get; init; }

    /// <summary>Authored pages are indexed for search; generated ones (A to Z, glossary, checklist) are not.</summary>
    public bool Searchable { get; init; }

    /// <summary>Readers' words for this page (aliases, glossary terms, warning-sign words), indexed with a high weight.</summary>
    public IReadOnlyList<string> SearchTerms { get; init; } = [];

    public bool IsSearchPage { get; init; }

    /// <summary>A draft shown by the preview server; build leaves drafts out.</summary>
    public bool IsDraft { get; init; }

    /// <summary>schema.org JSON-LD describing the page, already serialised and safe inside a script element.</summary>
    public string StructuredData { get; init; } = "";

    /// <summary>ES modules this page loads, by URL.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    public DateOnly? Reviewed { get; init; }

    public DateOnly? NextReview { get; init; }

    public string? Reviewer { get; init; }

    public bool IsHome => Url == "/";

    /// <summary>The page is about health and carries the disclaimer and review dates.</summary>
    public bool IsMedical { get; init; }
}
