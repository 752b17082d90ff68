using System.Collections.Immutable;
using System.Text;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>Writes each document to its destination under the staging folder.</summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var root = context.Options.StagingDirectory;
        var written = documents.Where(d => !d.IsHiddenDraft(context.Options)).ToArray();

        // Each folder once, not once per file: most pages are the only file in their own folder.
        foreach (var folder in written.Select(d => Path.GetDirectoryName(Path.Combine(root, d.Destination))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(written, ParallelModule.PerCore, document =>
        {
            var bytes = document.Bytes ?? Utf8.GetBytes(document.Content);

            // The staging folder is new, so every file is new: no truncation, no preallocation, one write.
            using var file = File.OpenHandle(Path.Combine(root, document.Destination), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(file, bytes, 0);
        });
        return Task.FromResult(documents);
    }
}
