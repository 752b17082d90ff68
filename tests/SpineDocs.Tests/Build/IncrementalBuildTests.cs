using SpineDocs.Build;
using SpineDocs.Corpus;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

/// <summary>A build with a cache renders only what an edit affects, and writes exactly what a clean build writes.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder folder = new();

    public IncrementalBuildTests() =>
        SpineDocsCorpusWriter.Write(new SyntheticCorpus(24), Repository.Input, folder.Combine("input"));

    [Fact]
    public async Task An_edit_to_one_page_body_renders_that_page_alone_and_the_output_equals_a_clean_build()
    {
        // Given
        (await Build("incremental", cache: true)).Reused.ShouldBe(0);
        Edit("tests/test-00001.md", "## Overview {#overview}\n", "## Overview {#overview}\n\nA new first sentence for this page.\n");

        // When
        var incremental = await Build("incremental", cache: true);
        await Build("clean", cache: false);

        // Then
        incremental.Pages.ShouldBeGreaterThan(24);
        incremental.Reused.ShouldBe(incremental.Pages - 1);
        Files("incremental").ShouldBe(Files("clean"));
    }

    [Fact]
    public async Task A_new_title_renders_the_page_and_every_page_that_shows_it_and_the_output_equals_a_clean_build()
    {
        // Given
        await Build("incremental", cache: true);
        Edit("tests/test-00001.md", "title: Test topic 1\n", "title: A renamed test\n");

        // When
        var incremental = await Build("incremental", cache: true);
        await Build("clean", cache: false);

        // Then
        var rendered = incremental.Pages - incremental.Reused;
        rendered.ShouldBeGreaterThan(2, "the page, the pages that link to it or list it, and the indexes");
        rendered.ShouldBeLessThan(incremental.Pages / 2);
        Files("incremental").ShouldBe(Files("clean"));
    }

    [Fact]
    public async Task A_deleted_or_damaged_cache_means_a_full_build_with_the_same_output()
    {
        // Given
        await Build("incremental", cache: true);
        await File.WriteAllTextAsync(Path.Combine(CacheFolder, "pages.bin"), "not a cache");

        // When
        var damaged = await Build("incremental", cache: true);
        Directory.Delete(CacheFolder, recursive: true);
        var deleted = await Build("clean", cache: true);

        // Then
        damaged.Diagnostics.ShouldBeEmpty();
        damaged.Reused.ShouldBe(0);
        deleted.Reused.ShouldBe(0);
        Files("incremental").ShouldBe(Files("clean"));
    }

    public void Dispose() => folder.Dispose();

    private string CacheFolder => folder.Combine(".spinedocs-cache");

    private async Task<BuildResult> Build(string output, bool cache)
    {
        var options = new BuildOptions(folder.Combine("input"), folder.Combine(output), Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            Search = false,
            CacheDirectory = cache ? CacheFolder : null,
        };
        var result = await SiteBuilder.RunAsync(options);
        result.Diagnostics.ShouldBeEmpty();
        return result;
    }

    private void Edit(string page, string find, string replace)
    {
        var path = folder.Combine("input", page);
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Every file of an output folder by relative path, with its exact bytes as hex.</summary>
    private List<(string Path, string Bytes)> Files(string output) =>
        Directory.GetFiles(folder.Combine(output), "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder.Combine(output), f), Convert.ToHexString(File.ReadAllBytes(f))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
}
