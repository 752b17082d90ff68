namespace SpineDocs.Content;

/// <summary>A published work a page's facts rest on: what it is, where to read it and when that address was last checked.</summary>
public sealed record SourceRef(string Title, string? Publisher, string? Url, DateOnly? Date)
{
    /// <summary>The name the page's citations use, as in <c>[^nice-ng234]</c>; null when the source is never cited.</summary>
    public string? Id { get; init; }

    /// <summary>The day an author last checked the address still leads to the source.</summary>
    public DateOnly? Checked { get; init; }

    /// <summary>Where readers and the citation link go: <c>source-</c> and the id, or the source's place in the list.</summary>
    public static string AnchorFor(SourceRef source, int index) => "source-" + (source.Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
