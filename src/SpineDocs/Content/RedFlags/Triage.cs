using System.Collections.Immutable;

namespace SpineDocs.Content.RedFlags;

/// <summary>What the checklist tells a reader: the tier to act on, and the escalation rule that raised it, if any.</summary>
public sealed record TriageResult(RedFlagTier Tier, ImmutableArray<RedFlag> Ticked, EscalationRule? EscalatedBy);

/// <summary>
/// The registry's triage rules, as the checklist script applies them: each ticked sign's tier for the reader's
/// history (unknown counts as a cancer history, since the checklist escalates and never reassures), the most
/// urgent wins, and enough different symptoms at one tier raise it as the escalation rules say.
/// </summary>
public static class Triage
{
    public static TriageResult? Decide(RedFlagRegistry registry, bool? cancerHistory, IEnumerable<string> ticked)
    {
        var history = cancerHistory ?? true;
        var signs = ticked.Distinct(StringComparer.Ordinal)
            .Select(id => registry.FlagsById.GetValueOrDefault(id))
            .OfType<RedFlag>()
            .ToImmutableArray();
        if (signs.IsEmpty)
        {
            return null;
        }

        var worst = signs.Select(f => registry.TiersById[f.TierFor(history)]).MinBy(t => t.Severity)!;
        EscalationRule? escalatedBy = null;
        foreach (var rule in registry.Escalation)
        {
            var symptoms = signs.Where(f => f.TierFor(history) == rule.Tier).Select(f => f.Symptom).Distinct(StringComparer.Ordinal).Count();
            if (symptoms >= rule.Signs && registry.TiersById[rule.Becomes] is { } raised && raised.Severity < worst.Severity)
            {
                worst = raised;
                escalatedBy = rule;
            }
        }

        return new TriageResult(worst, signs, escalatedBy);
    }
}
