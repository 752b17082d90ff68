using SpineDocs.Content.RedFlags;
using SpineDocs.Diagnostics;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Content.RedFlags;

public sealed class TriageTests
{
    private static readonly RedFlagRegistry Registry = new RedFlagRegistryReader("red-flags.yml", new DiagnosticBag()).Read(InMemorySite.RedFlagsYml);

    private static string? Tier(bool? history, params string[] ticked) => Triage.Decide(Registry, history, ticked)?.Tier.Id;

    [Fact]
    public void Nothing_ticked_gives_no_outcome() => Tier(true).ShouldBeNull();

    [Theory]
    [InlineData(true, "emergency")]
    [InlineData(false, "call-emergency")]
    [InlineData(null, "emergency")]
    public void A_sign_has_its_tier_for_the_readers_history_and_not_knowing_counts_as_a_cancer_history(bool? history, string tier) =>
        Tier(history, "limb-weakness").ShouldBe(tier);

    [Fact]
    public void The_most_urgent_ticked_sign_decides() => Tier(true, "tired", "night-pain", "limb-weakness").ShouldBe("emergency");

    [Fact]
    public void Two_urgent_signs_of_different_symptoms_escalate_to_an_emergency()
    {
        // When
        var result = Triage.Decide(Registry, true, ["thirst", "night-pain"])!;

        // Then
        result.Tier.Id.ShouldBe("emergency");
        result.EscalatedBy.ShouldNotBeNull().Becomes.ShouldBe("emergency");
    }

    [Fact]
    public void Two_ways_one_symptom_feels_do_not_escalate()
    {
        // When
        var result = Triage.Decide(Registry, true, ["night-pain", "site-pain"])!;

        // Then
        result.Tier.Id.ShouldBe("urgent");
        result.EscalatedBy.ShouldBeNull();
    }

    [Fact]
    public void Without_a_cancer_history_signs_that_are_urgent_only_with_one_do_not_escalate() =>
        Tier(false, "thirst", "night-pain").ShouldBe("see-a-doctor");

    [Fact]
    public void Unknown_and_repeated_sign_ids_are_ignored() => Tier(true, "no-such-sign", "tired", "tired").ShouldBe("soon");
}
