using SpineDocs.Modules.Assets;
using SpineDocs.Modules.Cache;
using SpineDocs.Modules.Content;
using SpineDocs.Modules.Data;
using SpineDocs.Modules.IO;
using SpineDocs.Modules.Layout;
using SpineDocs.Modules.Links;
using SpineDocs.Modules.Navigation;
using SpineDocs.Modules.Output;
using SpineDocs.Modules.Validation;
using SpineDocs.Pipeline;

namespace SpineDocs.Build;

/// <summary>The site's pipelines: Data (site.yml), Assets (theme files) and Content (the pages).</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline.Pipeline> Create() =>
    [
        new(Pipelines.Data)
        {
            Input = [new ReadFiles(o => o.InputDirectory, "site.yml", recursive: false)
            {
                RequiredMessage = "site.yml is missing: add it with name, base-url, language, description and region (see the README).",
            },
            new ReadFiles(o => o.InputDirectory, "glossary.yml", recursive: false)
            {
                RequiredMessage = "glossary.yml is missing, so the site has no glossary and no medical word links to a plain definition: add it (see the README).",
                MissingIsWarning = true,
            },
            new ReadFiles(o => o.InputDirectory, ParseRedFlags.FileName, recursive: false)
            {
                RequiredMessage = "red-flags.yml is missing: add the warning-sign registry with its tiers, regions and flags (see the README).",
            },
            new ReadPageCache()],
            Process = [new CheckCharacters(), new ParseSiteConfig(), new ParseGlossary(), new ParseRedFlags()],
            PostProcess = [new CheckRegion()],
        },
        new(Pipelines.Assets)
        {
            Input = [new ReadFiles(o => o.AssetsDirectory, "*", binary: true)],
            Process = [new FingerprintAssets()],
            Output = [new WriteFiles()],
        },
        new(Pipelines.Content)
        {
            Input = [ReadFiles.Input("*.md")],
            Process =
            [
                new CheckCharacters(),
                new ExtractFrontMatter(),
                new ForEachDocument(new ParseMarkdown(), new GatherHeadings(), new CheckCards(), new CheckMarkup(), new CheckCitations(), new MeasureReadability(), new GatherLinks(), new ReleaseSyntax()),
                new CheckReviewDates(),
            ],
            PostProcess =
            [
                new CheckSlugs(),
                new ResolveCrossLinks(),
                new CheckRedFlags(),
                new GenerateSearchData(),
                new GenerateRegionData(),
                new GenerateIndexes(),
                new BuildNavigation(),
                new ReuseCachedPages(),
                // Each page goes from Markdown to checked bytes in one go, so no build holds every page's HTML twice.
                new ForEachDocument(new RenderMarkdown(), new ApplyLayout(), new IndexHtml()),
                new CheckGlossaryUse(),
                new GenerateSitemap(),
                new CheckDestinations(),
                new ValidateLinks(),
                new CheckRequiredSections(),
                new CheckActiveContent(),
            ],
            Output = [new WriteFiles(), new WritePageCache(), new IndexSearch()],
        },
    ];
}
