using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>One glossary term: the words that name it, how to say it, and a plain definition.</summary>
public sealed record GlossaryEntry(string Id, string Term, string Definition, Position At)
{
    /// <summary>Other spellings and forms that count as a use of the term, such as plurals.</summary>
    public ImmutableArray<string> Also { get; init; } = [];

    public string? Say { get; init; }

    public IEnumerable<string> Forms => Also.Prepend(Term);
}
