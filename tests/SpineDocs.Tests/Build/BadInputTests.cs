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

    public static TheoryData<string, string, string?, string> Cases => new()
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
        { "file name that cannot be an address", "input/Spinal Tumours.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n", ": error SD0112: 'Spinal Tumours' in 'Spinal Tumours.md' cannot become a web address: rename it with lower-case letters, digits and hyphens only" },
        { "second top-level heading", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n# A again\n", "(7,1): error SD0113: the page title from the front matter is the page's only top-level heading: start sections with '## '" },
        { "a link to a missing section", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [x](/conditions/ependymoma/#cure).\n", "(7,5): error SD0302: the link '/conditions/ependymoma/#cure' names the section '#cure', which '/conditions/ependymoma/' does not have" },
        { "site.yml with a region the registry lacks", "input/site.yml", InMemorySite.SiteYml.Replace("region: uk", "region: mars"), "(5,9): error SD0607: the region 'mars' is not in red-flags.yml: use one of uk, us." },
        { "red-flags.yml flag with an unknown tier", "input/red-flags.yml", InMemorySite.RedFlagsYml.Replace("sleeping\n    tier: urgent", "sleeping\n    tier: later"), "(71,11): error SD0603: unknown tier 'later' for flag 'night-pain': use one of call-emergency, emergency, urgent, see-a-doctor, soon." },
        { "a hand-written care card", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n::: urgent\n- pain at night\n:::\n", "(7,1): error SD0205: care cards list signs from red-flags.yml only" },
        { "a citation to no source", "input/conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma", "About 3 in 100 people.[^nice]\n"), "(27,23): error SD0117: the citation '[^nice]' names no source of this page. This page's sources are: a-source." },
        { "a source without a link", "input/conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma").Replace(", url: \"https://example.org/a\", checked: 2026-01-01", ""), "(8,5): error SD0118: the source 'A source' has no link" },
        { "empty file", "input/a.md", "", "(1,1): error SD0003: the file is empty: add front matter" },
        { "not UTF-8", "input/a.md", "---\ntitle: Caf\u00e9\n", "(2,11): error SD0002: the file is not UTF-8 text (byte 0xE9 at this position): save it as UTF-8" },
        { "an unclosed [ in front matter", "input/a.md", "---\ntitle: [A\nkind: page\nsummary: S.\n---\n", "(2,1): error SD0101: the YAML cannot be read: a '[' or '{' on this line is never closed" },
        { "an unclosed { in front matter", "input/a.md", "---\ntitle: A\nkind: page\nsummary: {S.\n---\n", "(4,1): error SD0101: the YAML cannot be read: a '[' or '{' on this line is never closed" },
        { "an unclosed [ in site.yml", "input/site.yml", InMemorySite.SiteYml.Replace("name: Test site", "name: [Test site"), "(1,1): error SD0401: the YAML cannot be read: a '[' or '{' on this line is never closed" },
        { "an unclosed { in red-flags.yml", "input/red-flags.yml", InMemorySite.RedFlagsYml.Replace("  nerve-and-cord: Weakness or numbness", "  nerve-and-cord: {Weakness or numbness"), "(43,1): error SD0601: the YAML cannot be read: a '[' or '{' on this line is never closed" },
        { "an unclosed [ in glossary.yml", "input/glossary.yml", "- term: [Library\n  definition: A collection.\n", "(1,1): error SD0501: the YAML cannot be read: a '[' or '{' on this line is never closed" },
        { "a tab in the indentation", "input/a.md", "---\ntitle: A\nkind: page\n\tsummary: S.\n---\n", "(4,1): error SD0101: this line is indented with a tab: YAML needs spaces" },
        { "an unclosed quote", "input/a.md", "---\ntitle: \"A\nkind: page\nsummary: S.\n---\n", "(2,8): error SD0101: the YAML cannot be read: a quote that starts here is never closed" },
        { "a list as the title", "input/a.md", "---\ntitle: [a, b]\nkind: page\nsummary: S.\n---\n", "(2,8): error SD0111: 'title' must be one line of text, not a list" },
        { "quotes nested hundreds deep", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n" + new string('>', 200) + " x\n", "(7,1): error SD0120: the Markdown nests too deeply to read" },
        { "lists nested hundreds deep", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n" + string.Join('\n', Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x")) + "\n", "(306,1): error SD0120: the Markdown nests too deeply to read" },
        { "a link with no host", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [x](https://).\n", "(7,5): error SD0301: the link 'https://' is not a valid address" },
        { "a link with a stray bracket", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n[x](https://www.nice.org.uk]).\n", "(7,1): error SD0301: the link 'https://www.nice.org.uk%5D' is not a valid address" },
        { "a page at an address the generator makes", "input/a-z.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n", ": error SD0121: this page would be written to /a-z/, which the generator makes itself" },
        { "a page in the assets folder", "input/assets/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n", ": error SD0121: the address /assets/ is kept for the site's own files" },
        { "a capital letter in a file name", "input/conditions/Chordoma.md", InMemorySite.ConditionPage("Chordoma"), ": error SD0112: 'Chordoma' in 'conditions/Chordoma.md' cannot become a web address" },
        { "raw HTML script", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<script>alert(1)</script>\n", "(7,1): error SD0207: pages are written in Markdown without raw HTML" },
        { "an event handler in raw HTML", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nA <img src=x onerror=alert(1)> picture.\n", "(7,3): error SD0207" },
        { "an iframe", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<iframe src=\"https://example.org\"></iframe>\n", "(7,1): error SD0207" },
        { "a meta refresh", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">\n", "(7,1): error SD0207" },
        { "a base element", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<base href=\"https://example.org\">\n", "(7,1): error SD0207" },
        { "a form", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n<form action=\"https://example.org\"><input name=a></form>\n", "(7,1): error SD0207" },
        { "a javascript: link", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n[x](javascript:alert(1))\n", "(7,1): error SD0208: a link may lead to a web page" },
        { "a data: link", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n[x](data:text/html;base64,PHNjcmlwdD4=)\n", "(7,1): error SD0208" },
        { "a vbscript: autolink", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee <vbscript:msgbox(1)>.\n", "(7,5): error SD0208" },
        { "an onclick attribute", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nText {onclick=alert(1)}\n", "(7,1): error SD0209: '{...}' after a heading or paragraph may give only an id" },
        { "an inline style attribute", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n## Heading {style=\"color:red\"}\n", "(7,1): error SD0209" },
        { "an unclosed card", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n::: red-flags urgent\n\nThe rest of the page.\n", "(7,1): error SD0211: '::: red-flags urgent' is never closed" },
        { "a card inside a card", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n:::: red-flags urgent\n::: red-flags emergency\n:::\n::::\n", "(8,1): error SD0212: a card or box cannot sit inside another one" },
        { "an unknown box", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\n::: routine\nText.\n:::\n", "(7,1): error SD0210: unknown box '::: routine'" },
        { "a cross-link with two bars", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\n---\n\nSee [[ependymoma|a|b]].\n", "(7,5): error SD0123: a cross-link has one '|'" },
        { "a zero-width alias", "input/a.md", "---\ntitle: A\nkind: page\nsummary: S.\naliases: [\"\u200b\"]\n---\n", "(5,12): error SD0122: this line has an invisible character, a zero-width space (U+200B)" },
        { "a direction override in a title", "input/a.md", "---\ntitle: \"A \u202eevil\"\nkind: page\nsummary: S.\n---\n", "(2,11): error SD0122: this line has an invisible character, a text direction override (U+202E)" },
        { "a missing home page", "input/index.md", null, ": error SD0005: index.md is missing: it is the home page" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_fails_at_its_line_and_leaves_the_previous_output_untouched(string what, string file, string? text, string expected)
    {
        // Given
        (await Build()).Code.ShouldBe(0, what);
        var before = Snapshot();
        if (text is null)
        {
            File.Delete(folder.Combine(file));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(file))!);
            File.WriteAllBytes(folder.Combine(file), what == "not UTF-8" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text));
        }

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
