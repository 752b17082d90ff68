using SpineDocs.Corpus;
using SpineDocs.Build;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCountingCollection
{
    // Allocation counts are process-wide, so these tests run alone.
    public const string Name = "Counts allocations";
}

/// <summary>Work grows with the number of pages and no faster: counted in bytes allocated, not in seconds.</summary>
[Collection(AllocationCountingCollection.Name)]
public sealed class ScalingTests
{
    [Fact]
    public async Task A_20_page_corpus_builds_within_a_bounded_allocation_per_page_and_doubling_it_at_most_doubles_the_work()
    {
        // Given
        await AllocatedBytes(20);

        // When
        var (at20, at40, at80) = (await AllocatedBytes(20), await AllocatedBytes(40), await AllocatedBytes(80));

        // Then
        var perPage = (at40 - at20) / 20;
        // A corpus page costs about 360 KB today.
        perPage.ShouldBeLessThan(600_000, "each page may cost at most 600 KB of allocations");
        var nextPerPage = (at80 - at40) / 40;
        nextPerPage.ShouldBeLessThan(perPage * 5 / 4, "the 40 pages added to 40 must cost no more per page than the 20 added to 20: no quadratic work");
        at40.ShouldBeLessThan(at20 * 2 + at20 / 10);
    }

    private static async Task<long> AllocatedBytes(int pages)
    {
        using var folder = new TempFolder();
        SpineDocsCorpusWriter.Write(new SyntheticCorpus(pages), Repository.Input, folder.Combine("input"));
        var options = new BuildOptions(folder.Combine("input"), folder.Combine("output"), Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            Search = false,
            WriteOutput = false,
        };
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await SiteBuilder.RunAsync(options);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        result.Diagnostics.ShouldBeEmpty();
        result.Pages.ShouldBeGreaterThan(pages);
        return allocated;
    }
}
