using System.Security.Cryptography;
using System.Text.Json;
using SpineDocs.Content.Cache;
using SpineDocs.Modules.Layout;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Cache;

/// <summary>
/// Fingerprints each page by everything its output is made from: the generator, the site's data files,
/// the theme's assets, the build options, the page's Markdown, its resolved links and the whole view the
/// layout receives, which carries what it shows of other pages (titles, summaries, listings, navigation).
/// A page whose fingerprint the previous build finished is taken from the cache instead of rendered.
/// </summary>
public sealed class ReuseCachedPages : ParallelModule
{
    private PageViews? views;
    private byte[] salt = [];
    private PageCache cache = PageCache.Empty;

    protected override void Prepare(BuildContext context)
    {
        if (context.Options.CacheDirectory is null)
        {
            return;
        }

        views = new PageViews(context);
        cache = context.PageCache;
        salt = JsonSerializer.SerializeToUtf8Bytes(
            new SiteInputs(
                CacheFile.Generator,
                context.Options.Search,
                context.Options.IncludeDrafts,
                context.Options.Today,
                [.. context.OutputsOf(Pipelines.Data).Where(d => d.PageCache is null).Select(d => d.Content)],
                [.. context.OutputsOf(Pipelines.Assets).Select(d => d.Destination)]),
            FingerprintJson.Default.SiteInputs);
    }

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (context.Options.CacheDirectory is null || document is not { IsHtml: true, Meta: not null })
        {
            return document;
        }

        // The view carries the page's Markdown as its body until the page is rendered.
        var view = views!.For(document);
        // Hashed collections enumerate in a different order in every process: sort them.
        var inputs = JsonSerializer.SerializeToUtf8Bytes(
            new PageInputs(
                document.Destination,
                document.Meta,
                [.. document.Links.OrderBy(l => l.Key, StringComparer.Ordinal)],
                [.. document.GlossaryTerms.Order(StringComparer.Ordinal)],
                view),
            FingerprintJson.Default.PageInputs);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(salt);
        hash.AppendData(inputs);
        var key = Convert.ToHexString(hash.GetCurrentHash());
        return cache.Pages.TryGetValue(key, out var page)
            ? document with { CacheKey = key, FromCache = true, Content = "", Bytes = page.Bytes, Facts = page.Facts, GlossaryTerms = page.GlossaryTerms }
            : document with { CacheKey = key, View = view };
    }
}
