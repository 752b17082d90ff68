using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary>
/// Several signs at one tier together count as a more urgent tier, as in UKONS triage, where two amber
/// signs count as red. <see cref="Signs"/> counts different symptoms, not different wordings of one.
/// </summary>
public sealed record EscalationRule(string Tier, int Signs, string Becomes, string Note, Position At)
{
    public ImmutableArray<string> References { get; init; } = [];
}
