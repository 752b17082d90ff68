using System.Collections.Frozen;
using Markdig.Extensions.CustomContainers;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Markdown.CareCards;

/// <summary>The containers that make care cards: <c>::: red-flags tier</c>, whose signs all come from the red-flag registry.</summary>
public static class CareCards
{
    public const string RegistryContainer = "red-flags";

    /// <summary>The containers an author once wrote signs into by hand; now an error, since every sign comes from the registry.</summary>
    public static readonly FrozenSet<string> HandWritten = new[] { "emergency", "urgent", "non-urgent", "soon" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsRegistryList(CustomContainer container) => container.Info?.Trim() == RegistryContainer;

    public static bool IsHandWritten(CustomContainer container) => container.Info is { } info && HandWritten.Contains(info.Trim());

    public static RedFlagList ListOf(CustomContainer container) =>
        RedFlagList.Parse(container.Arguments, new Position(container.Line + 1, container.Column + 1));

    /// <summary>The CSS modifier of a tier's card: <c>care-card--emergency</c>, <c>--urgent</c> or <c>--soon</c>.</summary>
    public static string ClassOf(CardStyle style) => style switch
    {
        CardStyle.Emergency => "emergency",
        CardStyle.Urgent => "urgent",
        _ => "soon",
    };
}
