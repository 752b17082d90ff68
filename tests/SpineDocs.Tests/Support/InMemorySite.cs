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
        references:
          - { id: guide, title: A guideline, publisher: A publisher, url: "https://example.org/guide", checked: 2026-01-01 }
        tiers:
          call-emergency:
            style: emergency
            label: "Emergency:"
            heading: "Call {number} or go to {department} now if:"
            action: Call {number} now.
            say: Say what happened.
            safety-net: Stay on the line.
          emergency:
            style: emergency
            label: "Emergency:"
            heading: "Ring {cancer-line} now if:"
            note: If you cannot get through, call {number}.
            action: Ring {cancer-line} now, or call {number}.
            say: Say that you have cancer.
            safety-net: Do not wait.
          urgent:
            style: urgent
            label: "Urgent, today:"
            heading: "Contact your cancer care team today if:"
            action: Contact your care team today.
            say: Say which signs you have.
            safety-net: If it gets worse, call {number}.
          see-a-doctor:
            style: soon
            label: "Soon:"
            heading: "See a doctor within a few days if:"
            action: See a doctor soon, or {non-emergency}.
            say: Say where the pain is.
            safety-net: Call {number} if your legs get weak.
          soon:
            style: soon
            label: "Not urgent:"
            heading: "Tell your care team within a week, or at your next appointment, if:"
            action: Tell your care team within a week.
            say: Say what you noticed.
            safety-net: If it gets worse, contact your team today.
        escalation:
          - { tier: urgent, signs: 2, becomes: emergency, note: Together these need help now. }
        groups:
          nerve-and-cord: Weakness or numbness
          spinal-pain: Back pain
          other: Other changes
        regions:
          - code: uk
            name: United Kingdom
            number: "999"
            department: A&E
            cancer-line: your 24-hour cancer line
            non-emergency: { name: NHS 111, number: "111", reference: guide }
            references: [guide]
          - code: us
            name: United States
            number: "911"
            department: the ER
            cancer-line: your cancer team's 24-hour number
            non-emergency: { name: your doctor }
            references: [guide]
        flags:
          - id: limb-weakness
            text: your arms or legs feel weak
            words: [weak legs]
            tier: emergency
            without-cancer: call-emergency
            group: nerve-and-cord
            pages: [home]
          - id: night-pain
            text: back pain at night stops you sleeping
            tier: urgent
            without-cancer: see-a-doctor
            group: spinal-pain
            symptom: back-pain
            pages: [home]
          - id: site-pain
            text: you have pain in your upper back
            tier: urgent
            without-cancer: see-a-doctor
            group: spinal-pain
            symptom: back-pain
          - id: thirst
            text: you are thirsty all the time
            tier: urgent
            without-cancer: see-a-doctor
            group: other
          - id: tired
            text: you feel tired
            tier: soon
            without-cancer: see-a-doctor
            group: other
        """;

    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal)
    {
        ["index.md"] = "---\ntitle: Home\nkind: page\nsummary: The home page.\n---\n\nWelcome.\n",
        ["get-help-now.md"] = "---\ntitle: Get help now\nkind: page\nsummary: What to do now.\n---\n\nCall.\n\n::: help-lines\n:::\n",
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
            new Document("/theme/region.js", "region.js", "export {};"),
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
        next-review: 2099-01-01
        sources:
          - { id: a-source, title: "A source", publisher: "A publisher", url: "https://example.org/a", checked: 2026-01-01 }
        {{extraFrontMatter}}
        ---

        ::: red-flags emergency
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
