using System.Collections.Immutable;
using SpineDocs.Modules.Layout;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Output;

/// <summary>Adds <c>regions.json</c>: every region's numbers and services, which a page loads only when the reader chose another region than the site's.</summary>
public sealed class GenerateRegionData : IModule
{
    public const string File = "regions.json";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context) =>
        Task.FromResult(context.RedFlags.Regions.IsEmpty
            ? documents
            : documents.Add(new Document("(generated)/" + File, File, RegistryData.SerializeRegions(context.RedFlags, context.Region)) { IsGenerated = true }));
}
