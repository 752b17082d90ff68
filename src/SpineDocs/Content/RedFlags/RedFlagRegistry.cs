using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary><c>red-flags.yml</c>: the single source of truth for warning signs, their urgency and whom to call where.</summary>
public sealed class RedFlagRegistry(
    ImmutableArray<RedFlagTier> tiers,
    ImmutableArray<RedFlag> flags,
    ImmutableArray<Region> regions,
    RedFlagTier seeADoctor,
    ImmutableArray<(string Id, string Title)> groups)
{
    /// <summary>The tier ids in order of severity, most severe first.</summary>
    public static readonly ImmutableArray<string> TierIds = ["emergency", "urgent", "soon"];

    public ImmutableArray<RedFlagTier> Tiers { get; } = tiers;

    public FrozenDictionary<string, RedFlagTier> TiersById { get; } = tiers.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    public ImmutableArray<RedFlag> Flags { get; } = flags;

    public ImmutableArray<Region> Regions { get; } = regions;

    /// <summary>The groups signs are shown under on the checklist, in order, with their headings.</summary>
    public ImmutableArray<(string Id, string Title)> Groups { get; } = groups;

    /// <summary>The outcome for a cancer-history-only flag when the reader has never had cancer.</summary>
    public RedFlagTier SeeADoctor { get; } = seeADoctor;

    public Region? RegionFor(string code) => Regions.FirstOrDefault(r => r.Code == code);

    public IEnumerable<RedFlag> FlagsOf(string tier, IReadOnlyCollection<string> groups) =>
        Flags.Where(f => f.Tier == tier && (groups.Count == 0 || groups.Contains(f.Group)));

    /// <summary>Fills <c>{number}</c> and <c>{department}</c> in a tier's wording.</summary>
    public static string Fill(string text, Region region) =>
        text.Replace("{number}", region.EmergencyNumber, StringComparison.Ordinal)
            .Replace("{department}", region.EmergencyDepartment, StringComparison.Ordinal);

    public static readonly RedFlagRegistry Empty = new([], [], [], new RedFlagTier("see-a-doctor", 3, "", "", "", ""), []);
}
