using CsCheck;

namespace SpineDocs.Tests.Support;

/// <summary>Generators of careless and hostile site input: Markdown, front matter and data files, each a little broken.</summary>
public static class HostileInput
{
    private static readonly Gen<string> Noise = Gen.String[Gen.Char, 0, 12];

    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf<string>("pain", "spine", "cord", "bone", "Metastatic spinal cord compression", "weak legs", "999", "a", "the")),
        (3, Gen.OneOf<string>("[[", "]]", "[[bone-metastases]]", "[[a|b|c]]", "[[missing]]", "[[index]]", "[^a-source]", "[^nope]",
            "{#id}", "{onclick=alert(1)}", "{.x style=color:red}", "*", "**", "_", "`", "\\", "|", "&amp;", "&#0;", "<", ">",
            "\u200B", "\u202E", "\u0007", "\uFEFF", "\uD800", "é", "שלום", "😀", "\t", "  ")),
        (1, Noise));

    private static readonly Gen<string> Text = Word.Array[0, 10].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Address = Gen.Frequency(
        (4, Gen.OneOf<string>("https://example.org/a", "/", "/bone-metastases/", "#symptoms", "../", "a.md", "mailto:a@example.org", "tel:999")),
        (4, Gen.OneOf<string>("https://", "https://www.nice.org.uk]", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:x",
            "data:text/html,<script>x</script>", "vbscript:x", "http://[::1", "https://exa mple.org", "%zz", "//evil.example", "<>", "")),
        (1, Noise));

    private static readonly Gen<string> RawHtml = Gen.OneOf<string>(
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//evil></iframe>",
        "<meta http-equiv=refresh content=\"0;url=//evil\">", "<base href=//evil/>", "<form action=//evil><input></form>",
        "<p style=\"position:fixed\">x</p>", "<a href=\"javascript:x\">x</a>", "<!-- open comment", "<svg onload=alert(1)>",
        "<details open ontoggle=alert(1)>", "</div></div></main>", "<object data=x></object>", "<style>body{}</style>");

    private static readonly Gen<string> Block = Gen.OneOf(
        Text,
        Gen.Select(Gen.Int[1, 8], Text, (n, t) => new string('#', n) + " " + t),
        Gen.Select(Gen.Int[1, 300], Text, (n, t) => new string('>', n) + " " + t),
        Gen.Select(Gen.Int[1, 300], Text, (n, t) => new string('[', n) + t + new string(']', n / 2)),
        Gen.Select(Gen.Int[1, 80], Text, (n, t) => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- " + t + "\n"))),
        Gen.Select(Text, Address, (t, a) => $"[{t}]({a})"),
        Gen.Select(Text, Address, (t, a) => $"![{t}]({a})"),
        Gen.Select(Text, Address, (t, a) => $"<{a}> {t}"),
        RawHtml,
        Gen.OneOf<string>("::: red-flags emergency", "::: red-flags urgent spinal-pain", "::: red-flags soon without-cancer",
            "::: red-flags", "::: red-flags nonsense [x]", "::: emergency", "::: routine", "::: help-lines", ":::", "::::", "::: red-flags urgent [night-pain, nope]"),
        Gen.OneOf<string>("```", "```html\n<script>x</script>", "| a | b |\n|:-|-:|\n| c |", "---", "***", "1. a\n2. b", "[x]: javascript:alert(1)", "    indented code"));

    public static readonly Gen<string> Body = Block.Array[0, 14].Select(blocks => string.Join("\n\n", blocks));

    private static readonly Gen<string> FrontMatterLine = Gen.OneOf(
        Gen.OneOf<string>("title: A page", "kind: condition", "kind: treatment", "kind: guide", "kind: page", "kind: nonsense",
            "summary: A short summary.", "reviewed: 2026-01-01", "next-review: 2099-01-01", "reviewed: 2027-02-30", "draft: true", "draft: maybe",
            "sources:\n  - { id: a-source, title: A source, publisher: P, url: \"https://example.org/a\", checked: 2026-01-01 }",
            "title: [unclosed", "title: {", "\ttitle: tab", "title: \"unclosed", "title:\n  - a\n  - b", "aliases: [\u200B]", "aliases: [bone, bone]",
            "slug: Capital", "slug: search", "slug: assets", "related: [missing, index]", ": no key", "- a list", "&anchor", "*alias", "!!binary x", "title: title: x"),
        Gen.Select(Gen.OneOf<string>("title", "summary", "slug", "aliases", "kind"), Noise, (k, v) => $"{k}: {v}"));

    public static readonly Gen<string> Page = Gen.Select(FrontMatterLine.Array[0, 9], Gen.Int[0, 3], Body, (lines, fence, body) => fence switch
    {
        0 => body,
        1 => "---\n" + string.Join('\n', lines) + "\n" + body,
        _ => "---\n" + string.Join('\n', lines) + "\n---\n\n" + body,
    });

    public static readonly Gen<string> FileName = Gen.OneOf<string>(
        "a.md", "conditions/b.md", "search.md", "Chordoma.md", "assets/c.md", "a b.md", "index.md", "404.md", "sitemap.md",
        "deep/er/still/page.md", "get-help-now.md", "ü.md", ".hidden.md", "pagefind/x.md", "checklist.md");

    /// <summary>A data file with, now and then, one careless edit: a character put in, a piece cut out, or the end lost.</summary>
    public static Gen<string> Mutated(string valid) => Gen.Frequency(
        (2, Gen.Const(valid)),
        (3, Gen.Select(Gen.Int[0, valid.Length], Gen.OneOf<string>("[", "{", "\t", "\"", "'", ": ", "- ", "&a ", "*a", "!!x ", "\n  ", "\0", "}", "]", "#"),
            (at, piece) => valid.Insert(at, piece))),
        (2, Gen.Select(Gen.Int[0, valid.Length], Gen.Int[1, 40], (at, length) => valid.Remove(at, Math.Min(length, valid.Length - at)))),
        (1, Gen.Int[0, valid.Length].Select(at => valid[..at])));
}
