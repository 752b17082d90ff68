using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Cli;

public sealed class AppTests : IDisposable
{
    private readonly SiteFolder folder = new();

    [Fact]
    public async Task Build_replaces_the_whole_output_and_prints_a_one_line_summary()
    {
        // Given
        folder.WritePreviousOutput("stale/index.html", "old");

        // When
        var (code, stdout, _) = await folder.RunAsync("build");

        // Then
        code.ShouldBe(0);
        File.Exists(folder.Combine("output", "index.html")).ShouldBeTrue();
        File.Exists(folder.Combine("output", "get-help-now", "index.html")).ShouldBeTrue();
        Directory.Exists(folder.Combine("output", "stale")).ShouldBeFalse();
        stdout.Trim().ShouldMatch(@"^Built .*output: 7 pages, 0 warnings, 0 errors, \d+\.\d\d s\.$");
    }

    [Fact]
    public async Task A_second_build_renders_only_the_edited_page_and_says_so()
    {
        // Given
        await folder.RunAsync("build", "--no-search");
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nWelcome back to the library.\n");

        // When
        var (code, stdout, _) = await folder.RunAsync("build", "--no-search");

        // Then
        code.ShouldBe(0);
        File.Exists(folder.Combine(".spinedocs-cache", "pages.bin")).ShouldBeTrue();
        File.ReadAllText(folder.Combine("output", "index.html")).ShouldContain("Welcome back to the");
        stdout.Trim().ShouldMatch(@"^Built .*output: 6 pages \(1 rendered, 5 unchanged\), 0 warnings, 0 errors, \d+\.\d\d s\.$");
    }

    [Fact]
    public async Task No_cache_renders_every_page_and_keeps_no_cache()
    {
        // When
        await folder.RunAsync("build", "--no-search", "--no-cache");
        var (code, stdout, _) = await folder.RunAsync("build", "--no-search", "--no-cache");

        // Then
        code.ShouldBe(0);
        Directory.Exists(folder.Combine(".spinedocs-cache")).ShouldBeFalse();
        stdout.ShouldNotContain("unchanged");
    }

    [Fact]
    public async Task Check_validates_and_writes_nothing()
    {
        // When
        var (code, stdout, _) = await folder.RunAsync("check");

        // Then
        code.ShouldBe(0);
        Directory.Exists(folder.Combine("output")).ShouldBeFalse();
        stdout.ShouldStartWith("Check passed: 7 pages");
    }

    [Fact]
    public async Task Check_reports_errors_with_exit_code_one()
    {
        // Given
        folder.Write("input/bad.md", "---\ntitle: Bad\nkind: page\nsummary: S.\n---\n\n[[missing]]\n");

        // When
        var (code, stdout, stderr) = await folder.RunAsync("check");

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("bad.md(7,1): error SD0104");
        stdout.ShouldStartWith("Check failed: 8 pages, 0 warnings, 1 error");
    }

    [Fact]
    public async Task A_wrong_option_prints_usage_with_exit_code_two()
    {
        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--colour");

        // Then
        code.ShouldBe(2);
        stderr.ShouldContain("unknown option '--colour'");
        stderr.ShouldContain("Usage: spinedocs");
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        // When
        var (code, stdout, _) = await folder.RunAsync("--help");

        // Then
        code.ShouldBe(0);
        stdout.ShouldContain("build              Build the site");
        stdout.ShouldContain("check              Check every page");
        stdout.ShouldContain("serve              Build, serve the site");
        stdout.ShouldContain("new <kind> <title> Write a new draft page");
    }

    [Fact]
    public async Task Build_indexes_the_site_for_search_as_its_last_step()
    {
        // When
        var (code, _, _) = await folder.RunAsync("build");

        // Then
        code.ShouldBe(0);
        File.Exists(folder.Combine("output", "pagefind", "pagefind.js")).ShouldBeTrue();
        File.Exists(folder.Combine("output", "search", "vocabulary.json")).ShouldBeTrue();
        File.ReadAllText(folder.Combine("output", "index.html")).ShouldContain("data-pagefind-body");
    }

    [Fact]
    public async Task No_search_builds_without_an_index_or_a_search_script()
    {
        // When
        var (code, _, _) = await folder.RunAsync("build", "--no-search");

        // Then
        code.ShouldBe(0);
        Directory.Exists(folder.Combine("output", "pagefind")).ShouldBeFalse();
        Directory.Exists(folder.Combine("output", "search")).ShouldBeFalse();
        File.ReadAllText(folder.Combine("output", "index.html")).ShouldNotContain("/assets/search.");
    }

    public void Dispose() => folder.Dispose();
}
