using System.Collections.Immutable;
using SpineDocs.Content.Cache;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>Keeps this build's finished pages for the next build: written whole to a new file, then moved over the old one.</summary>
public sealed class WritePageCache : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        if (context.Options.CacheDirectory is not { } folder)
        {
            return Task.FromResult(documents);
        }

        var pages = documents
            .Where(d => d is { CacheKey: not null, Bytes: not null, Facts: not null })
            .Select(d => KeyValuePair.Create(d.CacheKey!, new CachedPage(d.GlossaryTerms, d.Facts!, d.Bytes!)))
            .DistinctBy(p => p.Key)
            .ToList();
        var path = Path.Combine(folder, CacheFile.Name);
        var temporary = path + ".new";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                PageCache.Write(stream, CacheFile.Generator, pages);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is already published; without a cache the next build is a full one, which is still correct.
            context.Diagnostics.Warning(Diagnostics.DiagnosticCodes.CacheNotWritten, context.Display(folder), 0, 0,
                $"the page cache could not be written ({e.Message}): the next build renders every page again.");
        }

        return Task.FromResult(documents);
    }
}
