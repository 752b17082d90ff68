using SpineDocs.Content;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Layout;

/// <summary>Maps documents to the view models the theme renders.</summary>
public sealed class PageViews
{
    private readonly SiteView site;
    private readonly IReadOnlyList<GlossaryEntryView> glossary;
    private readonly Lazy<ChecklistView> checklist;
    private readonly SearchTerms searchTerms;
    private readonly BuildContext context;
    private readonly string checklistScript;

    public PageViews(BuildContext context)
    {
        this.context = context;
        var config = context.Site;
        var kinds = context.PublishedKinds;
        var sections = KindRules.Sections.Where(s => kinds.Contains(s.Key)).OrderBy(s => s.Key)
            .Select(s => new PageLink(s.Value.Title, $"/{s.Value.Folder}/"))
            .Append(new PageLink("A to Z", "/a-z/"))
            .Concat(context.Glossary.Entries.IsEmpty ? [] : [new PageLink("Glossary", Glossary.Url)])
            .ToList();
        checklist = new Lazy<ChecklistView>(() => ChecklistViews.Create(context));
        checklistScript = context.AssetUrl("checklist.js");
        glossary = context.Glossary.Entries.Select(e => new GlossaryEntryView(e.Id, e.Term, e.Say, e.Definition, e.Also)).ToList();
        site = new SiteView(config.Name, config.BaseUrl, config.Language, context.Region.EmergencyNumber,
            context.Region.EmergencyDepartment, context.AssetUrl("site.css"), sections)
        {
            SearchScriptUrl = context.Options.Search ? context.AssetUrl("search.js") : "",
            IconUrl = context.AssetUrl("icon.svg"),
            RegionCode = context.Region.Code,
            RegionScriptUrl = context.AssetUrl("region.js"),
            HasChecklist = GeneratedPages.HasChecklist(context.RedFlags),
        };
        searchTerms = new SearchTerms(context);
    }

    private static bool IsChecklist(Document document) => document.IsGenerated && document.Url == ChecklistViews.Url;

    public PageView For(Document document)
    {
        var meta = document.Meta!;
        return new PageView(site, meta.Title, meta.Summary, document.Url, meta.Kind.ToString(), document.Content)
        {
            Toc = document.Headings.Where(h => h.Level == 2 && h.Id.Length > 0).Select(h => new TocEntry(h.Text, h.Id)).ToList(),
            Breadcrumbs = document.Navigation?.Breadcrumbs ?? [],
            Related = document.Navigation?.Related ?? [],
            Sources = meta.Sources.Select((s, i) => new SourceView(SourceRef.AnchorFor(s, i), s.Title, s.Publisher, s.Url, s.Date)).ToList(),
            Listing = document.Listing,
            Glossary = document.IsGenerated && document.Url == Glossary.Url ? glossary : [],
            Checklist = IsChecklist(document) ? checklist.Value : null,
            Scripts = IsChecklist(document) ? [checklistScript] : [],
            Searchable = !document.IsGenerated,
            SearchTerms = document.IsGenerated ? [] : searchTerms.For(document),
            IsSearchPage = document.IsGenerated && document.Url == GeneratedPages.UrlOf(GeneratedPages.Search),
            Reviewed = meta.Reviewed,
            NextReview = meta.NextReview,
            Reviewer = meta.Reviewer,
            IsMedical = KindRules.ByKind[meta.Kind].NeedsReview,
            IsDraft = meta.Draft,
            StructuredData = Layout.StructuredData.For(document, context),
        };
    }
}
