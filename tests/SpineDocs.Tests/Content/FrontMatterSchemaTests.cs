using System.Text.Json.Nodes;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Tests.Content;

/// <summary>The committed JSON Schema and the generator's own validation agree: on every real page, and on good and bad examples.</summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly JsonSchemaValidator Schema =
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "front-matter.schema.json")))!);

    public static TheoryData<string> RealPages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "input"), "*.md", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(RepositoryRoot(), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealPages))]
    public void Every_page_of_the_library_passes_both_the_schema_and_the_generator(string page)
    {
        // Given
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), page));

        // When
        var (generator, schema) = Judge(text);

        // Then
        generator.ShouldBeEmpty();
        schema.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("title: A\nkind: page\nsummary: S.")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01\nsources:\n  - { id: t, title: T, url: \"https://example.org\", checked: 2026-01-01 }")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01\nsources:\n  - { title: T, doi: \"10.1000/182\", checked: 2026-01-01 }")]
    [InlineData("title: A\nkind: condition\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01\ndraft: true\nsources: []")]
    [InlineData("title: A\nkind: page\nsummary: S.\naliases: one alias\nrelated: [b, c]\nreviewer: Dr A")]
    public void Both_accept_good_front_matter(string yaml)
    {
        // When
        var (generator, schema) = Judge($"---\n{yaml}\n---\n");

        // Then
        generator.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        schema.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("kind: page\nsummary: S.")]
    [InlineData("title: \"\"\nkind: page\nsummary: S.")]
    [InlineData("title: A\nkind: leaflet\nsummary: S.")]
    [InlineData("title: A\nkind: page")]
    [InlineData("title: A\nkind: page\nsummary: S.\nreviewed: 1 May 2026")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nsources:\n  - { title: T }")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01")]
    [InlineData("title: A\nkind: page\nsummary: S.\ndraft: maybe")]
    [InlineData("title: A\nkind: page\nsummary: S.\nsources:\n  - { publisher: P }")]
    [InlineData("title: A\nkind: page\nsummary: S.\nsources:\n  - { title: T, url: \"nice guidance\" }")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01\nsources:\n  - { title: T, url: \"https://example.org\" }")]
    [InlineData("title: A\nkind: guide\nsummary: S.\nreviewed: 2026-01-01\nnext-review: 2027-01-01\nsources:\n  - { title: T, checked: 2026-01-01 }")]
    [InlineData("title: A\nkind: page\nsummary: S.\nsources:\n  - { id: Not An Id, title: T }")]
    public void Both_reject_bad_front_matter(string yaml)
    {
        // When
        var (generator, schema) = Judge($"---\n{yaml}\n---\n");

        // Then
        generator.Where(d => d.Severity == Severity.Error).ShouldNotBeEmpty();
        schema.ShouldNotBeEmpty();
    }

    private static (IReadOnlyList<Diagnostic> Generator, List<string> Schema) Judge(string text)
    {
        var diagnostics = new DiagnosticBag();
        new FrontMatterParser("page.md", diagnostics).Parse(text, "page");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(FrontMatterBlock.Find(text)!));
        return (diagnostics.Sorted(), Schema.Validate(ToJson(yaml.Documents[0].RootNode)));
    }

    /// <summary>YAML as an editor's YAML language server reads it: true and false are booleans, every other scalar a string.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => null,
    };

    private static string RepositoryRoot() => SpineDocs.Corpus.Repository.Root;
}
