using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

/// <summary>A build only ever replaces a folder that is empty or that SpineDocs wrote itself: never the user's files.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly SiteFolder folder = new();

    [Fact]
    public async Task An_output_folder_that_holds_the_input_is_refused_and_nothing_is_deleted()
    {
        // Given: the site's own folder, with the input, a Git folder and notes in it
        folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        folder.Write("notes.txt", "mine");

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search", "--output", folder.Path);

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("error SD0006: the output folder holds the input folder, and publishing would replace it");
        File.ReadAllText(folder.Combine("notes.txt")).ShouldBe("mine");
        File.Exists(folder.Combine(".git", "HEAD")).ShouldBeTrue();
        File.Exists(folder.Combine("input", "index.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_folder_of_the_users_own_files_is_refused_and_left_as_it_was()
    {
        // Given
        folder.Write("documents/letter.docx", "my letter");

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search", "--output", folder.Combine("documents"));

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("error SD0006: the output folder holds files SpineDocs did not write, and publishing would delete them");
        Directory.GetFiles(folder.Combine("documents")).Select(Path.GetFileName).ShouldBe(["letter.docx"]);
    }

    [Fact]
    public async Task An_empty_folder_is_used_and_marked_so_the_next_build_may_replace_it()
    {
        // Given
        Directory.CreateDirectory(folder.Combine("site"));

        // When
        var first = await folder.RunAsync("build", "--no-search", "--output", folder.Combine("site"));
        var second = await folder.RunAsync("build", "--no-search", "--output", folder.Combine("site"));

        // Then
        (first.Code, second.Code).ShouldBe((0, 0));
        File.Exists(folder.Combine("site", SpineDocs.Build.OutputPublisher.Marker)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_output_that_is_a_file_is_refused()
    {
        // Given
        folder.Write("site", "a file");

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search", "--output", folder.Combine("site"));

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("error SD0006: the output is a file, not a folder");
        File.ReadAllText(folder.Combine("site")).ShouldBe("a file");
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_ends_in_a_diagnostic_not_a_crash()
    {
        // Given: the output's parent is a file, so no folder can be made there (as a read-only or full disk refuses)
        folder.Write("blocker", "a file");

        // When
        var (code, stdout, stderr) = await folder.RunAsync("build", "--no-search", "--output", folder.Combine("blocker", "site"));

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("error SD0007: the site could not be written");
        stderr.ShouldNotContain("   at ");
        stdout.ShouldContain("Build failed:");
        File.ReadAllText(folder.Combine("blocker")).ShouldBe("a file");
    }

    public void Dispose() => folder.Dispose();
}
