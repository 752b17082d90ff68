using SpineDocs.Corpus;

namespace SpineDocs.Tests.Guards;

/// <summary>A test that cannot fail is worse than none: the guard over every test file, and the guard's own cases.</summary>
public sealed class TestSourceGuardTests
{
    [Fact]
    public void No_test_has_an_assertion_behind_a_null_check_or_a_top_level_loop_that_may_run_zero_times()
    {
        // Given
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "tests"), "*Tests.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(TestSourceGuardTests) + ".cs", StringComparison.Ordinal))
            .ToList();
        files.Count.ShouldBeGreaterThan(20);

        // When
        var problems = files.SelectMany(f => TestSourceGuard.Problems(File.ReadAllText(f)).Select(p => $"{Path.GetRelativePath(Repository.Root, f)}:{p}")).ToList();

        // Then
        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("            page.QuerySelector(\"meta\")?.GetAttribute(\"content\").ShouldBe(url);")]
    [InlineData("        entry.Element(ns + \"lastmod\")?.Value.ShouldBe(date);")]
    [InlineData("        foreach (var term in content?.QuerySelectorAll(\"a\") ?? Enumerable.Empty<IElement>())")]
    [InlineData("        foreach (var (url, page) in conditions)")]
    [InlineData("        foreach (var entry in sitemap.Descendants(ns + \"url\"))")]
    [InlineData("        foreach (var (url, page) in site.Pages.Where(p => p.Key != \"/\"))")]
    [InlineData("    [Fact]\n    public void A_test()\n    {\n        foreach (var (url, page) in conditions)")]
    public void A_skippable_assertion_or_a_loop_that_may_be_empty_is_found(string line)
    {
        // When
        var problems = TestSourceGuard.Problems(line);

        // Then
        problems.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("        foreach (var (url, page) in site.Pages)")]
    [InlineData("        conditions.ShouldNotBeEmpty();\n        foreach (var (url, page) in conditions)")]
    [InlineData("        foreach (var url in new[] { \"/\", \"/checklist/\" })")]
    [InlineData("            foreach (var item in page.QuerySelectorAll(\"li\"))")]
    [InlineData("    private static void Copy(string from)\n    {\n        foreach (var file in Directory.GetFiles(from))")]
    [InlineData("        references.Count().ShouldBeGreaterThan(10);\n        foreach (var reference in references)")]
    [InlineData("        var canonical = page.QuerySelector(\"link\").ShouldNotBeNull().GetAttribute(\"href\");")]
    public void Safe_assertions_and_loops_that_cannot_be_empty_pass(string code)
    {
        // Then
        TestSourceGuard.Problems(code).ShouldBeEmpty();
    }
}
