namespace SpineDocs.Theme.Models;

/// <summary>A titled group of links on a generated page, such as one letter of the A–Z.</summary>
public sealed record ListingGroup(string? Heading, string? Id, IReadOnlyList<ListingItem> Items);

/// <summary>One entry of a listing; <see cref="SeeAlso"/> names the page an alias leads to.</summary>
public sealed record ListingItem(string Title, string Url, string? Summary = null, string? SeeAlso = null);
