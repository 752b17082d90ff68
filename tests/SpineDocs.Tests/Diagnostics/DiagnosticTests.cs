using SpineDocs.Diagnostics;

namespace SpineDocs.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_diagnostic_prints_in_the_msbuild_canonical_form()
    {
        // Given
        var diagnostic = new Diagnostic(Severity.Error, "SD0104", "input/x.md", 12, 5, "unknown cross-link target 'spinal-cord'");

        // When
        var text = diagnostic.ToString();

        // Then
        text.ShouldBe("input/x.md(12,5): error SD0104: unknown cross-link target 'spinal-cord'");
    }

    [Fact]
    public void A_diagnostic_without_a_line_names_the_file_alone()
    {
        // Given
        var diagnostic = new Diagnostic(Severity.Warning, "SD0001", "input", 0, 0, "cannot read");

        // When
        var text = diagnostic.ToString();

        // Then
        text.ShouldBe("input: warning SD0001: cannot read");
    }

    [Fact]
    public void The_bag_sorts_by_file_then_line_and_drops_repeats()
    {
        // Given
        var bag = new DiagnosticBag();
        bag.Error("SD1", "b.md", 1, 1, "m");
        bag.Error("SD1", "a.md", 9, 1, "m");
        bag.Error("SD1", "a.md", 2, 1, "m");
        bag.Error("SD1", "a.md", 2, 1, "m");

        // When
        var sorted = bag.Sorted();

        // Then
        sorted.Select(d => $"{d.File}:{d.Line}").ShouldBe(["a.md:2", "a.md:9", "b.md:1"]);
        bag.HasErrors.ShouldBeTrue();
    }
}
