using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;
using Xunit.Abstractions;

namespace SpineDocs.Tests.Properties;

/// <summary>Random, broken and hostile input through the real pipelines: never an exception, always a located diagnostic or a safe site.</summary>
public sealed partial class HostileInputProperties(ITestOutputHelper output)
{
    /// <summary>Fixed so that CI runs the same cases every time; the fresh-seed test covers new ground.</summary>
    private const string FixedSeed = "0004qsHYknZ1";

    private static readonly Gen<(IReadOnlyList<(string Name, string Text)> Pages, string Site, string RedFlags, string Glossary)> Sites =
        Gen.Select(
            Gen.Select(HostileInput.FileName, HostileInput.Page).Array[1, 4].Select(pages => (IReadOnlyList<(string, string)>)pages),
            HostileInput.Mutated(InMemorySite.SiteYml),
            HostileInput.Mutated(InMemorySite.RedFlagsYml),
            HostileInput.Mutated("- term: Spine\n  also: [spinal column, backbone]\n  definition: The bones of the back.\n"));

    [Fact]
    public Task Random_input_with_the_fixed_seed_ends_in_located_diagnostics_or_a_safe_site() =>
        Sites.SampleAsync(CheckAsync, seed: FixedSeed, iter: 150, threads: 1, print: Show);

    [Fact]
    public Task Random_input_with_a_fresh_seed_ends_in_located_diagnostics_or_a_safe_site()
    {
        // Reproduce a failure with SPINEDOCS_PROPERTY_SEED set to the seed printed here.
        var seed = Environment.GetEnvironmentVariable("SPINEDOCS_PROPERTY_SEED") switch
        {
            { Length: > 0 } number when ulong.TryParse(number, out var n) => new PCG(1, n).ToString(),
            { Length: > 0 } given => given,
            _ => PCG.ThreadPCG.ToString(),
        };
        output.WriteLine($"Property seed: {seed}");
        Console.WriteLine($"SpineDocs property seed: {seed}");
        return Sites.SampleAsync(CheckAsync, seed: seed, iter: 60, threads: 1, print: Show);
    }

    [Fact]
    public Task A_failed_build_of_random_input_leaves_the_previous_output_as_it_was() =>
        Gen.Select(HostileInput.FileName, HostileInput.Page).Array[1, 3].SampleAsync(async pages =>
        {
            // Given
            using var folder = new SiteFolder();
            folder.WritePreviousOutput("index.html", "the site readers have now");
            foreach (var (name, text) in pages)
            {
                folder.Write("input/" + name, text);
            }

            // When
            var (code, _, _) = await folder.RunAsync("build", "--no-search");

            // Then
            if (code != 0)
            {
                File.ReadAllText(folder.Combine("output", "index.html")).ShouldBe("the site readers have now");
                Directory.GetFiles(folder.Combine("output"), "*", SearchOption.AllDirectories).Length.ShouldBe(2);
            }
            else
            {
                File.ReadAllText(folder.Combine("output", "index.html")).ShouldContain("<html");
            }
        }, seed: FixedSeed, iter: 12, threads: 1);

    private static async Task CheckAsync((IReadOnlyList<(string Name, string Text)> Pages, string Site, string RedFlags, string Glossary) input)
    {
        // Given
        var site = new InMemorySite();
        foreach (var (name, text) in input.Pages)
        {
            site.Page(name, text);
        }

        // When
        var context = await site.BuildAsync(input.Site, input.Glossary, input.RedFlags);

        // Then
        var diagnostics = context.Diagnostics.Sorted();
        diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.InternalError, Describe(diagnostics));
        var all = Describe(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            CodePattern().IsMatch(diagnostic.Code).ShouldBeTrue(all);
            diagnostic.File.ShouldStartWith("input/", customMessage: all);
            (diagnostic.Line >= 1 || diagnostic.Severity != Severity.Error || WholeFile.Contains(diagnostic.Code)).ShouldBeTrue(all);
        }

        // Pages of a failed build are never written, and are safe all the same.
        foreach (var page in context.OutputsOf(Pipelines.Content).Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal)))
        {
            SafePage.Problems(Parser.ParseDocument(page.Text)).ShouldBeEmpty(page.Destination);
        }
    }

    /// <summary>Problems with a file as a whole (missing, or a name that cannot be published), not with a line in it.</summary>
    private static readonly HashSet<string> WholeFile = [DiagnosticCodes.RequiredFileMissing, DiagnosticCodes.BadSlug, DiagnosticCodes.ReservedAddress];

    private static readonly HtmlParser Parser = new();

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join('\n', diagnostics);

    private static string Show((IReadOnlyList<(string Name, string Text)> Pages, string Site, string RedFlags, string Glossary) input) =>
        string.Join("\n", input.Pages.Select(p => $"--- {p.Name} ---\n{p.Text}")) + $"\n--- site.yml ---\n{input.Site}\n--- red-flags.yml ---\n{input.RedFlags}\n--- glossary.yml ---\n{input.Glossary}";

    [GeneratedRegex("^SD[0-9]{4}$")]
    private static partial Regex CodePattern();
}
