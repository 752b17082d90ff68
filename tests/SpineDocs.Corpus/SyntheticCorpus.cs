namespace SpineDocs.Corpus;

/// <summary>
/// A deterministic corpus of N pages in the shape of the real library: the four kinds with their
/// required sections, headings with ids, lists, a table, cross-links to other pages and their sections,
/// and an emergency card on every condition. Page i is the same for every N, so corpora nest.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly (string Kind, string Folder, string[] Sections)[] Kinds =
    [
        ("condition", "conditions", ["symptoms:Symptoms", "diagnosis:How it is diagnosed", "treatment:Treatment", "outlook:Outlook", "questions-to-ask:Questions to ask your care team"]),
        ("test", "tests", ["what-it-is-for:What it is for", "what-happens:What happens", "results:Results", "risks:Risks"]),
        ("treatment", "treatments", ["when-it-is-used:When it is used", "what-happens:What happens", "side-effects:Side effects", "when-to-call:When to call your care team"]),
        ("guide", "guides", ["before:Before you start", "what-to-do:What to do", "help:Where to get help"]),
    ];

    private static readonly string[] Words =
    [
        "your", "care", "team", "can", "help", "you", "with", "the", "pain", "in", "back", "and", "legs", "it", "may", "take",
        "a", "few", "weeks", "to", "feel", "better", "ask", "about", "scan", "results", "doctor", "nurse", "will", "check",
        "bone", "spine", "nerve", "walk", "sleep", "night", "day", "tell", "them", "if", "new", "signs", "start", "rest",
        "move", "gently", "most", "people", "find", "this", "hard", "at", "first", "plan", "each", "step", "together",
    ];

    public SyntheticCorpus(int pageCount)
    {
        if (pageCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageCount), "a corpus needs at least one page");
        }

        Pages = Enumerable.Range(1, pageCount).Select(PageFor).ToArray();
    }

    public IReadOnlyList<CorpusPage> Pages { get; }

    /// <summary>The page's Markdown body, with cross-links in the form <paramref name="link"/> writes them.</summary>
    public string Body(CorpusPage page, Func<CorpusPage, string?, string?, string> link, string emergencyCard)
    {
        var random = new Random(page.Number);
        var sections = Kinds.Single(k => k.Kind == page.Kind).Sections;
        var writer = new StringWriter { NewLine = "\n" };
        writer.WriteLine("## Overview {#overview}");
        writer.WriteLine();
        writer.WriteLine($"{Sentence(random, 14)} {link(Target(random, page), null, null)} {Sentence(random, 10)}");
        writer.WriteLine();
        writer.WriteLine(Paragraph(random, 4));
        writer.WriteLine();
        foreach (var (section, index) in sections.Select((s, i) => (s, i)))
        {
            var (id, heading) = (section.Split(':')[0], section.Split(':')[1]);
            writer.WriteLine($"## {heading} {{#{id}}}");
            writer.WriteLine();
            writer.WriteLine(Paragraph(random, 3));
            writer.WriteLine();
            if (page.Kind == "condition" && id == "symptoms")
            {
                writer.WriteLine(emergencyCard);
                writer.WriteLine();
            }

            switch (index % 3)
            {
                case 0:
                    for (var item = 0; item < 4; item++)
                    {
                        writer.WriteLine($"- {Sentence(random, 7)}");
                    }

                    writer.WriteLine($"- see {link(Target(random, page), "overview", "the overview")}");
                    break;
                case 1:
                    writer.WriteLine("| What | When | Who to ask |");
                    writer.WriteLine("|---|---|---|");
                    for (var row = 0; row < 4; row++)
                    {
                        writer.WriteLine($"| {Sentence(random, 3)} | {Sentence(random, 2)} | {Sentence(random, 2)} |");
                    }

                    break;
                default:
                    writer.WriteLine($"### More about this {{#{id}-more}}");
                    writer.WriteLine();
                    writer.WriteLine($"{Sentence(random, 12)} Read {link(Target(random, page), null, "this page")} next.");
                    break;
            }

            writer.WriteLine();
        }

        return writer.ToString();
    }

    /// <summary>Three other pages, as the front matter's <c>related</c> list names them.</summary>
    public IEnumerable<CorpusPage> Related(CorpusPage page)
    {
        var random = new Random(-page.Number);
        return Enumerable.Range(0, 3).Select(_ => Target(random, page)).Distinct();
    }

    private CorpusPage Target(Random random, CorpusPage from)
    {
        var target = Pages[random.Next(Pages.Count)];
        return target.Number == from.Number ? Pages[(from.Number) % Pages.Count] : target;
    }

    private static CorpusPage PageFor(int number)
    {
        var (kind, folder, _) = Kinds[number % Kinds.Length];
        return new CorpusPage(number, kind, folder, $"{kind}-{number:D5}", $"{char.ToUpperInvariant(kind[0])}{kind[1..]} topic {number}");
    }

    private static string Paragraph(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random, random.Next(8, 16))));

    private static string Sentence(Random random, int words)
    {
        var chosen = Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        chosen[0] = char.ToUpperInvariant(chosen[0][0]) + chosen[0][1..];
        return string.Join(' ', chosen) + ".";
    }
}
