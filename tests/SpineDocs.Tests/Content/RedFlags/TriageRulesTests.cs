using SpineDocs.Content.RedFlags;
using SpineDocs.Corpus;
using SpineDocs.Diagnostics;

namespace SpineDocs.Tests.Content.RedFlags;

/// <summary>Every row of the README's triage table, applied by the generator to the real registry.</summary>
public sealed class TriageRulesTests
{
    private static readonly RedFlagRegistry Registry =
        new RedFlagRegistryReader("red-flags.yml", new DiagnosticBag()).Read(File.ReadAllText(Path.Combine(Repository.Input, "red-flags.yml")));

    public static TheoryData<string> Rows => new(TriageTable.Rows.Select(r => r.ToString()));

    [Fact]
    public void The_readme_states_at_least_one_rule_for_every_tier_and_the_escalation()
    {
        // Then
        TriageTable.Rows.Count.ShouldBeGreaterThan(20);
        TriageTable.Rows.Select(r => r.Outcome).Distinct().ShouldBe(Registry.Tiers.Select(t => t.Id), ignoreOrder: true);
        TriageTable.Rows.ShouldContain(r => r.Ticks.Count > 1 && Triage.Decide(Registry, r.CancerHistory, r.Ticks)!.EscalatedBy != null);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_rule_gives_its_outcome(string row)
    {
        // Given
        var rule = TriageTable.Rows.Single(r => r.ToString() == row);
        rule.Ticks.ShouldBeSubsetOf(Registry.FlagsById.Keys);

        // When
        var result = Triage.Decide(Registry, rule.CancerHistory, rule.Ticks);

        // Then
        result.ShouldNotBeNull().Tier.Id.ShouldBe(rule.Outcome, rule.Why);
    }
}
