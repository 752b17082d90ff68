using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary><c>red-flags.yml</c>: the single source of truth for warning signs, their urgency and whom to call where.</summary>
public sealed class RedFlagRegistry(
    ImmutableArray<RedFlagTier> tiers,
    ImmutableArray<RedFlag> flags,
    ImmutableArray<Region> regions,
    ImmutableArray<(string Id, string Title)> groups,
    ImmutableArray<EscalationRule> escalation,
    ImmutableArray<RegistryReference> references)
{
    /// <summary>Every tier, most urgent first.</summary>
    public ImmutableArray<RedFlagTier> Tiers { get; } = tiers;

    public FrozenDictionary<string, RedFlagTier> TiersById { get; } = tiers.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    public ImmutableArray<RedFlag> Flags { get; } = flags;

    public FrozenDictionary<string, RedFlag> FlagsById { get; } = flags.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

    public ImmutableArray<Region> Regions { get; } = regions;

    /// <summary>The groups signs are shown under on the checklist, in order, with their headings.</summary>
    public ImmutableArray<(string Id, string Title)> Groups { get; } = groups;

    public ImmutableArray<EscalationRule> Escalation { get; } = escalation;

    public ImmutableArray<RegistryReference> References { get; } = references;

    public FrozenDictionary<string, RegistryReference> ReferencesById { get; } = references.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public Region? RegionFor(string code) => Regions.FirstOrDefault(r => r.Code == code);

    /// <summary>The tiers a reader with a cancer history can reach, most urgent first.</summary>
    public IEnumerable<RedFlagTier> TiersWithCancer => Tiers.Where(t => Flags.Any(f => f.Tier == t.Id));

    /// <summary>The tiers a reader who never had cancer can reach, most urgent first.</summary>
    public IEnumerable<RedFlagTier> TiersWithoutCancer => Tiers.Where(t => Flags.Any(f => f.WithoutCancer == t.Id));

    /// <summary>
    /// The signs a card lists: those at <paramref name="tier"/> for a reader with a cancer history (or without one,
    /// when <paramref name="withoutCancer"/>), limited to the named groups and sign ids when any are named.
    /// </summary>
    public IEnumerable<RedFlag> FlagsOf(string tier, IReadOnlyCollection<string> selectors, bool withoutCancer = false) =>
        Flags.Where(f => f.TierFor(!withoutCancer) == tier && (selectors.Count == 0 || selectors.Contains(f.Group) || selectors.Contains(f.Id)));

    /// <summary>The references that stand behind a sign's tiers: its own and its tiers'.</summary>
    public IEnumerable<RegistryReference> ReferencesFor(RedFlag flag) =>
        flag.References
            .Concat(TiersById.GetValueOrDefault(flag.Tier)?.References ?? [])
            .Distinct(StringComparer.Ordinal)
            .Select(id => ReferencesById.GetValueOrDefault(id))
            .OfType<RegistryReference>();

    public static readonly RedFlagRegistry Empty = new([], [], [], [], [], []);
}
