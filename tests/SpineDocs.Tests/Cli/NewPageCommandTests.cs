using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Cli;

public sealed class NewPageCommandTests : IDisposable
{
    private readonly SiteFolder folder = new();

    [Theory]
    [InlineData("condition", "Spinal ependymoma", "conditions/spinal-ependymoma.md")]
    [InlineData("test", "Bone density scan", "tests/bone-density-scan.md")]
    [InlineData("treatment", "Proton beam therapy", "treatments/proton-beam-therapy.md")]
    [InlineData("guide", "Travelling: what to pack", "guides/travelling-what-to-pack.md")]
    [InlineData("page", "Contact us", "contact-us.md")]
    public async Task A_new_page_is_a_draft_with_its_kinds_sections_and_passes_check_as_written(string kind, string title, string path)
    {
        // When
        var (code, stdout, _) = await folder.RunAsync("new", kind, title);
        var (checkCode, checkOut, checkErr) = await folder.RunAsync("check");

        // Then
        code.ShouldBe(0);
        stdout.ShouldContain($"Created {folder.Combine("input", path)} as a draft {kind} page.");
        var text = await File.ReadAllTextAsync(folder.Combine("input", path));
        text.ShouldContain("draft: true\n");
        text.ShouldContain(title.Contains(':') ? $"title: \"{title}\"" : $"title: {title}");
        checkCode.ShouldBe(0, checkErr);
        checkOut.ShouldStartWith("Check passed:");
        checkErr.ShouldNotContain("error");
        if (kind != "page" && kind != "guide")
        {
            text.ShouldContain($"next-review: {DateOnly.FromDateTime(DateTime.Now).AddYears(1):yyyy-MM-dd}");
        }

        if (kind == "condition")
        {
            text.ShouldContain("## Symptoms {#symptoms}");
            text.ShouldContain("::: red-flags emergency");
        }
    }

    [Fact]
    public async Task New_refuses_to_overwrite_a_page_or_reuse_its_file_name()
    {
        // Given
        var existing = folder.Write("input/guides/chordoma.md", "---\ntitle: Mine\nkind: page\nsummary: S.\n---\n");

        // When
        var (code, _, stderr) = await folder.RunAsync("new", "condition", "Chordoma");

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("already exists");
        File.Exists(folder.Combine("input", "conditions", "chordoma.md")).ShouldBeFalse();
        (await File.ReadAllTextAsync(existing)).ShouldStartWith("---\ntitle: Mine");
    }

    [Fact]
    public async Task A_very_long_title_gets_a_file_name_cut_at_a_word_and_the_page_still_checks()
    {
        // Given
        var title = string.Join(' ', Enumerable.Repeat("spinal tumour", 30));

        // When
        var (code, stdout, stderr) = await folder.RunAsync("new", "guide", title);

        // Then
        code.ShouldBe(0, stderr);
        var file = Directory.GetFiles(folder.Combine("input", "guides")).ShouldHaveSingleItem();
        var slug = Path.GetFileNameWithoutExtension(file);
        slug.Length.ShouldBeLessThanOrEqualTo(SpineDocs.Content.PageTemplate.MaxSlugLength);
        slug.ShouldEndWith("tumour");
        stdout.ShouldContain(slug);
        (await folder.RunAsync("check")).Code.ShouldBe(0);
    }

    [Fact]
    public async Task New_names_the_kinds_when_the_kind_is_unknown()
    {
        // When
        var (code, _, stderr) = await folder.RunAsync("new", "symptom", "Numb legs");

        // Then
        code.ShouldBe(2);
        stderr.ShouldContain("unknown kind 'symptom': use one of condition, test, treatment, guide, page.");
    }

    [Fact]
    public async Task A_draft_is_left_out_of_build_and_a_published_link_to_it_is_an_error()
    {
        // Given
        await folder.RunAsync("new", "guide", "Travel tips");
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nSee [[travel-tips]].\n");

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search");

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("index.md(7,5): error SD0116: 'travel-tips' is a draft, which is not published");
    }

    [Fact]
    public async Task A_draft_is_validated_but_not_written()
    {
        // Given
        await folder.RunAsync("new", "guide", "Travel tips");

        // When
        var (code, _, stderr) = await folder.RunAsync("build", "--no-search");

        // Then
        code.ShouldBe(0, stderr);
        stderr.ShouldContain("warning SD0102: 'sources' is missing");
        Directory.Exists(folder.Combine("output", "guides", "travel-tips")).ShouldBeFalse();
        File.ReadAllText(folder.Combine("output", "sitemap.xml")).ShouldNotContain("travel-tips");
    }

    public void Dispose() => folder.Dispose();
}
