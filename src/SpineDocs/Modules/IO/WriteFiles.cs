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
        try
        {
            Write(documents, context, root);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            // The staging folder is discarded and the previous output stays as it was.
            context.Diagnostics.Error(Diagnostics.DiagnosticCodes.OutputNotWritten, context.Display(context.Options.OutputDirectory), 0, 0,
                $"the site could not be written ({(ex is AggregateException all ? all.InnerExceptions[0] : ex).Message.TrimEnd('.')}): check the folder's permissions and the free disk space. The previous output is untouched.");
        }

        return Task.FromResult(documents);
    }

    private static void Write(ImmutableArray<Document> documents, BuildContext context, string root)
    {
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
    }

    /// <summary>A full disk, a read-only folder or missing permission, also when it happens inside the parallel writes.</summary>
    private static bool IsWriteFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException
        || (ex is AggregateException all && all.InnerExceptions.All(IsWriteFailure));
}
