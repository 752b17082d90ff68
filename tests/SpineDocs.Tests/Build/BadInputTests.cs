using System.Security.Cryptography;
using System.Text;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

/// <summary>Each kind of bad input fails the build with its own diagnostic, and the last good output stays as it was.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly SiteFolder folder = new();

    public BadInputTests()
    {
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nSee [[ependymoma#symptoms]].\n");
        folder.Write("input/conditions/ependymoma.md", InMemorySite.ConditionPage("Ependymoma"));
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "malformed YAML", "input/a.md", "---\ntitle: A\nkind: page\nsummary: \"unclosed\n---\n", "(4,10): error SD0101: the YAML cannot be read" },
        { "missing title", "input/a.md", "---\nkind: page\nsummary: S.\n---\n", "(1,1): error SD0102: 'title' is missing from the front matter: add 'title:'" },
        { "empty title", "input/a.md", "---\ntitle:\nkind: page\nsummary: S.\n---\n", "(2,1): error SD0102: 'title' is empty: write" },
        { "missing kind", "input/a.md", "---\ntitle: A\nsummary: S.\n---\n", "(1,1): error SD0102: 'kind' is missing from the front matter: add 'kind:'" },
        { "empty summary", "input/a.md", "---\ntitle: A\nkind: page\nsummary: \"\"\n---\n", "(4,1): error SD0102: 'summary' is empty: write" },
        { "unknown kind", "input/a.md", "---\ntitle: A\nkind: leaflet\nsummary: S.\n---\n", "(3,7): error SD0103: unknown kind 'leaflet': use one of" },
        { "bad date", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\nreviewed: 2026-02-30\n---\n", "(5,11): error SD0106: 'reviewed' is not a date: write it as YYYY-MM-DD" },
        { "unknown cross-link target", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [[ependimoma]].\n", "(7,5): error SD0104: unknown cross-link target 'ependimoma': no page has that file name. Did you mean 'ependymoma'?" },
        { "unknown anchor", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [[ependymoma#symptom]].\n", "(7,5): error SD0105: page 'ependymoma' has no section '#symptom'. Did you mean '#symptoms'?" },
        { "unknown .md link", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [this](conditions/nope.md).\n", "(7,5): error SD0104: the link to 'conditions/nope.md' points to no page" },
        { "duplicate slug", "input/guides/ependymoma.md", "---\ntitle: B\nkind: page\nsummary: S.\n---\n", "(1,1): error SD0107: another page already has the slug 'ependymoma'" },
        { "condition without emergency card", "input/conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma").Replace("::: red-flags emergency\n:::", ""), "(3,7): error SD0201: a condition page needs an emergency card: add '::: red-flags emergency nerve-and-cord'" },
        { "unknown related page", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\nrelated: [ependymoma, chordomma]\n---\n", "(5,23): error SD0108: related page 'chordomma' does not exist." },
        { "file name that cannot be an address", "input/Spinal Tumours.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n", ": error SD0112: the file name 'Spinal Tumours.md' cannot become a web address: rename it" },
        { "second top-level heading", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n# A again\n", "(7,1): error SD0113: the page title from the front matter is the page's only top-level heading: start sections with '## '" },
        { "raw HTML link to a missing section", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<p><a href=\"/conditions/ependymoma/#cure\">x</a></p>\n", "(7,1): error SD0302: the link '/conditions/ependymoma/#cure' names the section '#cure', which '/conditions/ependymoma/' does not have" },
        { "site.yml with a region the registry lacks", "input/site.yml", InMemorySite.SiteYml.Replace("region: uk", "region: mars"), "(5,9): error SD0607: the region 'mars' is not in red-flags.yml: use one of uk, us." },
        { "red-flags.yml flag with an unknown tier", "input/red-flags.yml", InMemorySite.RedFlagsYml.Replace("sleeping\n    tier: urgent", "sleeping\n    tier: later"), "(71,11): error SD0603: unknown tier 'later' for flag 'night-pain': use one of call-emergency, emergency, urgent, see-a-doctor, soon." },
        { "a hand-written care card", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n::: urgent\n- pain at night\n:::\n", "(7,1): error SD0205: care cards list signs from red-flags.yml only" },
        { "a citation to no source", "input/conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma", "About 3 in 100 people.[^nice]\n"), "(27,23): error SD0117: the citation '[^nice]' names no source of this page. This page's sources are: a-source." },
        { "a source without a link", "input/conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma").Replace(", url: \"https://example.org/a\", checked: 2026-01-01", ""), "(8,5): error SD0118: the source 'A source' has no link" },
        { "empty file", "input/a.md", "", "(1,1): error SD0003: the file is empty: add front matter" },
        { "not UTF-8", "input/a.md", "---\ntitle: Caf\u00e9\n", "(2,11): error SD0002: the file is not UTF-8 text (byte 0xE9 at this position): save it as UTF-8" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_fails_at_its_line_and_leaves_the_previous_output_untouched(string what, string file, string text, string expected)
    {
        // Given
        (await Build()).Code.ShouldBe(0, what);
        var before = Snapshot();
        var bytes = what == "not UTF-8" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(file))!);
        File.WriteAllBytes(folder.Combine(file), bytes);

        // When
        var (code, stdout, stderr) = await Build();

        // Then
        code.ShouldBe(1, what);
        stderr.ShouldContain(Display(file) + expected, Case.Sensitive, $"{what}\n{stderr}");
        stdout.ShouldContain("Build failed:");
        Snapshot().ShouldBe(before, what);
        Directory.GetDirectories(folder.Path, ".output.*").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_input_folder_is_named_with_what_to_do()
    {
        // When
        var (code, _, stderr) = await Build("--input", folder.Combine("nothing-here"));

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain(Display("nothing-here") + ": error SD0001: the folder cannot be read (not found): check that it exists");
        Directory.Exists(folder.Combine("output")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_given_as_the_input_folder_is_reported()
    {
        // Given
        var file = folder.Write("not-a-folder", "x");

        // When
        var (code, _, stderr) = await Build("--input", file);

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain(Display("not-a-folder") + ": error SD0001: the folder cannot be read");
    }

    [Fact]
    public async Task An_output_folder_inside_the_input_is_refused()
    {
        // When
        var (code, _, stderr) = await Build("--output", folder.Combine("input", "site"));

        // Then
        code.ShouldBe(1);
        stderr.ShouldContain("error SD0004: the output folder must not be the input folder or inside it");
        Directory.Exists(folder.Combine("input", "site")).ShouldBeFalse();
    }

    private Task<(int Code, string Stdout, string Stderr)> Build(params string[] args) => folder.RunAsync(["build", .. args]);

    private string Display(string relative) => folder.Combine(relative).Replace('\\', '/');

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(folder.Combine("output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder.Path, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => folder.Dispose();
}
