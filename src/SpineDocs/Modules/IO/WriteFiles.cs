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
        Parallel.ForEach(documents.Where(d => !d.IsHiddenDraft(context.Options)), document =>
        {
            var path = Path.Combine(root, document.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.Bytes is { } bytes)
            {
                File.WriteAllBytes(path, bytes);
            }
            else
            {
                File.WriteAllText(path, document.Content, Utf8);
            }
        });
        return Task.FromResult(documents);
    }
}
