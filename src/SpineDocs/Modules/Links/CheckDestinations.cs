using System.Collections.Immutable;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Reports two documents that would be written to one file, such as a page at an address the generator makes itself.</summary>
public sealed class CheckDestinations : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var written = documents.Where(d => !d.IsHiddenDraft(context.Options)).Concat(context.OutputsOf(Pipelines.Assets));
        foreach (var clash in written.GroupBy(d => d.Destination, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // Report it at the author's file: a generated document has no file to fix.
            var ordered = clash.OrderBy(d => d.IsGenerated).ThenBy(d => d.Source, StringComparer.Ordinal).ToList();
            var other = ordered[^1];
            context.Diagnostics.Error(DiagnosticCodes.ReservedAddress, context.Display(ordered[0].Source), 0, 0,
                $"this page would be written to {ordered[0].Url}, which {(other.IsGenerated ? "the generator makes itself" : $"{context.Display(other.Source)} also takes")}: rename the file or its folder.");
        }

        return Task.FromResult(documents);
    }
}
