namespace SpineDocs.Theme.Models;

/// <summary>A glossary entry as the glossary page shows it.</summary>
public sealed record GlossaryEntryView(string Id, string Term, string? Say, string Definition, IReadOnlyList<string> Also);
