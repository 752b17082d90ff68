namespace SpineDocs.Corpus;

/// <summary>One row of the README's triage table: who the reader is, what they tick and the tier the checklist must give.</summary>
public sealed record TriageRow(string Reader, IReadOnlyList<string> Ticks, string Outcome, string Why)
{
    /// <summary>The checklist's answer to "Have you had cancer?": yes, no, unsure or "" (no answer).</summary>
    public string History => Reader switch
    {
        "has or had cancer" => "yes",
        "never had cancer" => "no",
        "not sure" => "unsure",
        "did not answer" => "",
        _ => throw new FormatException($"unknown reader '{Reader}' in the README's triage table"),
    };

    /// <summary>The history as the generator's triage takes it: null when not known.</summary>
    public bool? CancerHistory => History switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public override string ToString() => $"{Reader}: {string.Join(" + ", Ticks)} → {Outcome}";
}

/// <summary>The triage rules as the README states them, read from its table so the docs and the tests cannot drift apart.</summary>
public static class TriageTable
{
    public static IReadOnlyList<TriageRow> Rows { get; } = Read(Path.Combine(Repository.Root, "README.md"));

    public static IReadOnlyList<TriageRow> Read(string readme)
    {
        var lines = File.ReadAllLines(readme);
        var start = Array.FindIndex(lines, l => l.StartsWith("| reader | ticks | outcome | why |", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new FormatException("the README has no triage table");
        }

        return lines.Skip(start + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..^1])
            .Select(c => new TriageRow(c[0], [.. c[1].Split(',', StringSplitOptions.TrimEntries).Select(t => t.Trim('`'))], c[2].Trim('`'), c[3]))
            .ToList();
    }
}
