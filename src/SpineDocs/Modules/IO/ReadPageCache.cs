using System.Collections.Immutable;
using SpineDocs.Content.Cache;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>Reads the previous build's finished pages, when the build has a cache folder and it holds a cache this generator wrote.</summary>
public sealed class ReadPageCache : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        if (context.Options.CacheDirectory is not { } folder || !File.Exists(Path.Combine(folder, CacheFile.Name)))
        {
            return Task.FromResult(documents);
        }

        var path = Path.Combine(folder, CacheFile.Name);
        PageCache cache;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            cache = PageCache.Read(stream, CacheFile.Generator);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache is no cache: the build renders everything, as after deleting it.
            cache = PageCache.Empty;
        }

        return Task.FromResult(documents.Add(new Document(path, "", "") { PageCache = cache }));
    }
}
