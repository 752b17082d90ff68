namespace SpineDocs.Theme.Models;

/// <summary>An entry of the "On this page" list.</summary>
public sealed record TocEntry(string Text, string Id);
