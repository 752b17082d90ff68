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
        region:
          code: uk
          name: United Kingdom
          emergency-number: "999"
          emergency-department: A&E
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

    public async Task<BuildContext> BuildAsync(string siteYml = SiteYml, string? glossaryYml = null)
    {
        var content = pages.Select(p => new Document($"{Root}/{p.Key}", p.Key, p.Value)).ToImmutableArray();
        var data = ImmutableArray.Create(new Document($"{Root}/site.yml", "site.yml", siteYml));
        if (glossaryYml is not null)
        {
            data = data.Add(new Document($"{Root}/glossary.yml", "glossary.yml", glossaryYml));
        }

        var assets = ImmutableArray.Create(new Document("/theme/site.css", "site.css", "body{}"));
        var pipelines = SitePipelines.Create().Select(p => p with
        {
            Input = [new InMemoryInput(p.Name switch { Pipelines.Content => content, Pipelines.Data => data, _ => assets })],
            Output = [],
        }).ToList();
        var context = new BuildContext(new BuildOptions(Root, "/site/output", "/theme") { WriteOutput = false, DisplayRoot = "/site" });
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
