using System.Collections.Immutable;
using SpineDocs.Pipeline;

namespace SpineDocs.Tests.Support;

/// <summary>An Input module that yields documents held in memory, so the real pipelines run without the disk.</summary>
public sealed class InMemoryInput(ImmutableArray<Document> documents) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, BuildContext context) =>
        Task.FromResult(input.AddRange(documents));
}
