using System.Collections.Concurrent;
using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;
using SpineDocs.Diagnostics;

namespace SpineDocs.Pipeline;

/// <summary>What every module may read: options, diagnostics and the documents each pipeline has produced so far.</summary>
public sealed class BuildContext(BuildOptions options)
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new();
    private SiteIndex? siteIndex;
    private IReadOnlySet<PageKind>? publishedKinds;

    public BuildOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = new();

    public ModuleTimings Timings { get; } = new();

    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var documents) ? documents : [];

    internal void SetOutputs(string pipeline, ImmutableArray<Document> documents)
    {
        outputs[pipeline] = documents;
        if (pipeline == Pipelines.Content)
        {
            siteIndex = null;
            publishedKinds = null;
        }
    }

    /// <summary>The site settings read by the Data pipeline; the defaults until it has run.</summary>
    public SiteConfig Site =>
        OutputsOf(Pipelines.Data).Select(d => d.Site).OfType<SiteConfig>().FirstOrDefault() ?? SiteConfig.Default;

    /// <summary>The red-flag registry read by the Data pipeline; empty when the site has none.</summary>
    public RedFlagRegistry RedFlags =>
        OutputsOf(Pipelines.Data).Select(d => d.RedFlags).OfType<RedFlagRegistry>().FirstOrDefault() ?? RedFlagRegistry.Empty;

    /// <summary>The previous build's finished pages; empty without a cache.</summary>
    public Content.Cache.PageCache PageCache =>
        OutputsOf(Pipelines.Data).Select(d => d.PageCache).OfType<Content.Cache.PageCache>().FirstOrDefault() ?? Content.Cache.PageCache.Empty;

    /// <summary>The site's default region: the registry's entry for the code in <c>site.yml</c>.</summary>
    public Region Region => RedFlags.RegionFor(Site.RegionCode) ?? SiteConfig.FallbackRegion;

    /// <summary>The glossary read by the Data pipeline; empty when the site has none.</summary>
    public Glossary Glossary =>
        OutputsOf(Pipelines.Data).Select(d => d.Glossary).OfType<Glossary>().FirstOrDefault() ?? Glossary.Empty;

    /// <summary>Every page by slug and source, built from the Content pipeline's processed pages.</summary>
    public SiteIndex Index => siteIndex ??= SiteIndex.Build(OutputsOf(Pipelines.Content));

    /// <summary>The kinds with at least one page this build publishes: only they get a section index.</summary>
    public IReadOnlySet<PageKind> PublishedKinds =>
        publishedKinds ??= Index.Pages.Where(p => !p.IsHiddenDraft(Options)).Select(p => p.Meta!.Kind).ToHashSet();

    /// <summary>Fingerprinted URL of a theme asset, e.g. <c>site.css</c> → <c>/assets/site.3f2a9c1b.css</c>.</summary>
    public string AssetUrl(string name) =>
        OutputsOf(Pipelines.Assets).FirstOrDefault(d => Path.GetFileName(d.Source) == name)?.Url ?? "/assets/" + name;

    /// <summary>A path as diagnostics print it: relative to the working folder when inside it, else absolute.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Options.DisplayRoot, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
