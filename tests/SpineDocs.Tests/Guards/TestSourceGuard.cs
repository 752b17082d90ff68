using System.Text.RegularExpressions;

namespace SpineDocs.Tests.Guards;

/// <summary>Finds, in the tests' own source, assertions that can be skipped and loops that can pass on nothing.</summary>
public static partial class TestSourceGuard
{
    /// <summary>Every problem in one test file's text, as "line: reason".</summary>
    public static IReadOnlyList<string> Problems(string source)
    {
        var problems = new List<string>();
        var lines = source.Split('\n');
        var (inTest, attributedAsTest) = (true, false);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Member().Match(line) is { Success: true } member)
            {
                // Only a test's own body is held to the loop rule; helpers may loop over what they are given.
                var text = member.Groups["text"].Value;
                attributedAsTest |= text.StartsWith("[Fact", StringComparison.Ordinal) || text.StartsWith("[Theory", StringComparison.Ordinal);
                if (text.Contains('(') && !text.StartsWith('[') && !text.StartsWith("//", StringComparison.Ordinal))
                {
                    (inTest, attributedAsTest) = (attributedAsTest, false);
                }
            }
            if (SkippableAssertion().IsMatch(line))
            {
                problems.Add($"{i + 1}: an assertion after '?.' is skipped when the value is null: assert it exists first");
            }

            if (ForEach().Match(line) is { Success: true } loop)
            {
                var collection = loop.Groups["collection"].Value.Trim();
                if (collection.Contains("?? Enumerable.Empty", StringComparison.Ordinal) || collection.EndsWith("?? []", StringComparison.Ordinal))
                {
                    problems.Add($"{i + 1}: a loop over '?? empty' passes on nothing: assert the collection exists");
                }
                else if (inTest && loop.Groups["indent"].Value.Length == 8 && !IsNeverEmpty(collection, lines.Take(i)))
                {
                    problems.Add($"{i + 1}: the loop over '{collection}' passes when it is empty: assert {collection}.ShouldNotBeEmpty() before it");
                }
            }
        }

        return problems;
    }

    /// <summary>The built site's pages (the fixture fails without them), a literal list, or a collection whose size is asserted above.</summary>
    private static bool IsNeverEmpty(string collection, IEnumerable<string> before) =>
        collection is "site.Pages" or "browser.Site.Pages.Keys.Order()" or "site.Pages.Keys.Order()"
        || collection.StartsWith("new[]", StringComparison.Ordinal) || collection.StartsWith('[')
        || before.Any(l => new[] { ".ShouldNotBeEmpty(", ".Count.Should", ".Length.Should", ".Count().Should" }.Any(size => l.Contains(collection + size, StringComparison.Ordinal)));

    [GeneratedRegex(@"\?\.[^;]*\.Should[A-Z]")]
    private static partial Regex SkippableAssertion();

    [GeneratedRegex(@"^(?<indent>\s*)foreach \((?:var|\w+) .+? in (?<collection>.+)\)\s*$")]
    private static partial Regex ForEach();

    /// <summary>A line at a class member's indentation: an attribute, a comment or a declaration.</summary>
    [GeneratedRegex(@"^ {4}(?<text>\S.*)$")]
    private static partial Regex Member();
}
