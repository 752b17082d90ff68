using System.Collections.Immutable;

namespace SpineDocs.Pipeline;

/// <summary>A pure module that maps each document independently, so the engine runs documents in parallel.</summary>
public abstract class ParallelModule : IModule
{
    /// <summary>One worker per core: more only take turns on the same cores, and a step that waits briefly would make the pool add threads.</summary>
    public static ParallelOptions PerCore { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        Prepare(context);
        var results = new Document?[documents.Length];
        Parallel.For(0, documents.Length, PerCore, i => results[i] = ExecuteOne(documents[i], context));
        return Task.FromResult(results.OfType<Document>().ToImmutableArray());
    }

    internal void PrepareOnce(BuildContext context) => Prepare(context);

    /// <summary>Maps one document; an exception is a bug, reported at the document's file so the build still ends in diagnostics.</summary>
    internal Document? ExecuteOne(Document document, BuildContext context)
    {
        try
        {
            return Execute(document, context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InternalError.Report(context, GetType().Name, ex, context.Display(document.Source));
            return document;
        }
    }

    /// <summary>Builds what every document's step shares, once per run, before any document is mapped.</summary>
    protected virtual void Prepare(BuildContext context)
    {
    }

    /// <summary>Returns the new document, or null to drop it.</summary>
    protected abstract Document? Execute(Document document, BuildContext context);
}
