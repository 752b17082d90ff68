using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>
/// A <c>::: red-flags tier [groups or sign ids] [without-cancer]</c> card on a page: the tier it shows, the groups
/// and signs it is limited to, whether it shows the tiers for readers who never had cancer, and where it starts.
/// </summary>
public sealed record RedFlagList(string Tier, ImmutableArray<string> Selectors, bool WithoutCancer, Position At)
{
    public const string WithoutCancerArgument = "without-cancer";

    public static RedFlagList Parse(string? arguments, Position at)
    {
        var words = (arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var withoutCancer = words.Contains(WithoutCancerArgument);
        var rest = words.Where(w => w != WithoutCancerArgument).ToArray();
        return new RedFlagList(rest.FirstOrDefault() ?? "", [.. rest.Skip(1)], withoutCancer, at);
    }
}
