namespace SpineDocs.Content;

/// <summary>A heading of a page's content, for "on this page" and anchor checks.</summary>
public sealed record Heading(int Level, string Text, string Id, Position At);
