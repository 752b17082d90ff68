using System.Collections.Immutable;

namespace SpineDocs.Pipeline;

/// <summary>One unit of work: takes documents and returns new ones.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context);
}
