using System.Collections.Immutable;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Warns about glossary entries that no page uses, since readers never meet them.</summary>
public sealed class CheckGlossaryUse : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var used = documents.SelectMany(d => d.GlossaryTerms).ToHashSet(StringComparer.Ordinal);
        var file = context.OutputsOf(Pipelines.Data).FirstOrDefault(d => d.Glossary is not null)?.Source;
        foreach (var entry in context.Glossary.Entries.Where(e => !used.Contains(e.Id)))
        {
            context.Diagnostics.Warning(DiagnosticCodes.UnusedGlossaryEntry, context.Display(file!), entry.At.Line, entry.At.Column,
                $"no page uses the term '{entry.Term}': remove the entry, or add a form readers meet under 'also:'.");
        }

        return Task.FromResult(documents);
    }
}
