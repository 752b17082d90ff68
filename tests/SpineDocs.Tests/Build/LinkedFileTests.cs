using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

/// <summary>Links (symbolic links) are never followed: a site is built from its own folder, and a loop cannot hang the build.</summary>
public sealed class LinkedFileTests : IDisposable
{
    private readonly SiteFolder folder = new();
    private readonly TempFolder outside = new();

    [Fact]
    public async Task A_linked_folder_from_outside_the_input_is_reported_and_not_published()
    {
        // Given
        outside.Write("secret.md", "---\ntitle: Secret\nkind: page\nsummary: S.\n---\n\nNot for the site.\n");
        Directory.CreateSymbolicLink(folder.Combine("input", "extra"), outside.Path);

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search");

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("input/extra: error SD0008: this is a link to");
        Directory.Exists(folder.Combine("output")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_link_that_loops_back_is_reported_at_once()
    {
        // Given
        Directory.CreateSymbolicLink(folder.Combine("input", "loop"), folder.Combine("input"));

        // When
        var (code, _, stderr) = await folder.RunAsync("check");

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("input/loop: error SD0008");
        stderr.ShouldNotContain("loop/loop");
    }

    public void Dispose()
    {
        folder.Dispose();
        outside.Dispose();
    }
}
