using System.Collections.Immutable;
using SpineDocs.Build;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Tests.Support;

/// <summary>Builds a site from Markdown held in memory through the real pipelines, writing nothing.</summary>
public sealed class InMemorySite
{
    public const string Root = "/site/input";

    public const string SiteYml = """
        name: Test site
        description: A site for tests.
        base-url: https://example.org
        language: en-GB
        region: uk
        """;

    public const string RedFlagsYml = """
        tiers:
          emergency:
            action: Call {number} now, or go to {department}.
            heading: "Call {number} or go to {department} now if:"
            say: Say that you have cancer.
            safety-net: Do not wait.
          urgent:
            action: Contact your care team today.
            heading: "Contact your cancer care team or acute oncology line today if:"
            say: Say which signs you have.
            safety-net: If it gets worse, call {number}.
          soon:
            action: Tell your care team within a week.
            heading: "Tell your care team within a week, or at your next appointment, if:"
            say: Say what you noticed.
            safety-net: If it gets worse, contact your team today.
        see-a-doctor:
          action: See a doctor soon.
          say: Say where the pain is.
          safety-net: Call {number} if your legs get weak.
        groups:
          nerve-and-cord: Weakness or numbness
          spinal-pain: Back pain
        regions:
          - { code: uk, name: United Kingdom, number: "999", department: A&E }
          - { code: us, name: United States, number: "911", department: the ER }
        flags:
          - id: limb-weakness
            text: your arms or legs feel weak
            words: [weak legs]
            tier: emergency
            group: nerve-and-cord
            pages: [home]
          - id: night-pain
            text: back pain at night stops you sleeping
            tier: urgent
            group: spinal-pain
            cancer-history-only: true
            pages: [home]
        """;

    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal)
    {
        ["index.md"] = "---\ntitle: Home\nkind: page\nsummary: The home page.\n---\n\nWelcome.\n",
        ["get-help-now.md"] = "---\ntitle: Get help now\nkind: page\nsummary: What to do now.\n---\n\nCall.\n",
    };

    public InMemorySite Without(string relativePath)
    {
        pages.Remove(relativePath);
        return this;
    }

    public InMemorySite Page(string relativePath, string text)
    {
        pages[relativePath] = text;
        return this;
    }

    public async Task<BuildContext> BuildAsync(string siteYml = SiteYml, string? glossaryYml = null, string redFlagsYml = RedFlagsYml, Func<BuildOptions, BuildOptions>? options = null)
    {
        var content = pages.Select(p => new Document($"{Root}/{p.Key}", p.Key, p.Value)).ToImmutableArray();
        var data = ImmutableArray.Create(
            new Document($"{Root}/site.yml", "site.yml", siteYml),
            new Document($"{Root}/red-flags.yml", "red-flags.yml", redFlagsYml));
        if (glossaryYml is not null)
        {
            data = data.Add(new Document($"{Root}/glossary.yml", "glossary.yml", glossaryYml));
        }

        var assets = ImmutableArray.Create(
            new Document("/theme/site.css", "site.css", "body{}"),
            new Document("/theme/checklist.js", "checklist.js", "export {};"),
            new Document("/theme/search.js", "search.js", "export {};"),
            new Document("/theme/icon.svg", "icon.svg", "<svg/>"));
        var pipelines = SitePipelines.Create().Select(p => p with
        {
            Input = [new InMemoryInput(p.Name switch { Pipelines.Content => content, Pipelines.Data => data, _ => assets })],
            Output = [],
        }).ToList();
        var settings = new BuildOptions(Root, "/site/output", "/theme") { WriteOutput = false, DisplayRoot = "/site", Today = new DateOnly(2026, 6, 1) };
        var context = new BuildContext(options?.Invoke(settings) ?? settings);
        await new Engine(pipelines).RunAsync(context);
        return context;
    }

    /// <summary>A condition page with everything its kind requires, with <paramref name="body"/> added at the end.</summary>
    public static string ConditionPage(string title, string body = "", string extraFrontMatter = "") => $$"""
        ---
        title: {{title}}
        kind: condition
        summary: A summary of {{title}}.
        reviewed: 2026-01-01
        next-review: 2027-01-01
        sources:
          - { title: "A source", publisher: "A publisher" }
        {{extraFrontMatter}}
        ---

        ::: emergency
        - you cannot walk
        :::

        ## Symptoms {#symptoms}

        Some symptoms.

        ## How it is diagnosed {#diagnosis}

        ## Treatment {#treatment}

        ## Outlook {#outlook}

        ## Questions to ask {#questions-to-ask}

        {{body}}
        """;

    public static IReadOnlyList<Diagnostic> Errors(BuildContext context) =>
        context.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
}
