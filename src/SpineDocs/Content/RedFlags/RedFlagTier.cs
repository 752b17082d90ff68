using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary>
/// One outcome of the triage: how fast to act and whom to call. <see cref="Severity"/> is the tier's place in
/// <c>red-flags.yml</c>, 0 the most urgent. The texts hold placeholders the reader's region fills in
/// (see <see cref="Region.Fill"/>).
/// </summary>
public sealed record RedFlagTier(string Id, int Severity, CardStyle Style, string Label, string Heading, string Action, string Say, string SafetyNet)
{
    /// <summary>A line a card shows under its signs, such as whom to call when the first number does not answer.</summary>
    public string? Note { get; init; }

    /// <summary>Ids of the registry's references this tier's advice follows.</summary>
    public ImmutableArray<string> References { get; init; } = [];

    /// <summary>The tier's card shows the button that calls the emergency number.</summary>
    public bool CallsEmergencyNumber => Style == CardStyle.Emergency;
}
