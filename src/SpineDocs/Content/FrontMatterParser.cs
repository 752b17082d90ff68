using System.Collections.Immutable;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content;

/// <summary>Reads and validates a page's YAML front matter, reporting every problem at its line.</summary>
public sealed class FrontMatterParser(string file, DiagnosticBag diagnostics)
{
    public static readonly ImmutableArray<string> KnownKeys =
        ["title", "kind", "summary", "aliases", "related", "reviewed", "next-review", "reviewer", "sources", "draft"];

    private const int FirstYamlLine = 2;

    /// <summary>Always returns metadata, falling back to safe values so one bad page does not hide others' problems.</summary>
    public PageMeta Parse(string text, string slug)
    {
        var fallback = new PageMeta(slug, slug, PageKind.Page, "");
        if (FrontMatterBlock.Find(text) is not { } yaml)
        {
            var unclosed = text.StartsWith("---", StringComparison.Ordinal);
            diagnostics.Error(DiagnosticCodes.NoFrontMatter, file, 1, 1, unclosed
                ? "the front matter is not closed: add a line '---' after the last front matter field."
                : "the page has no front matter: start the file with '---', then 'title:', 'kind:' and 'summary:' lines, then '---'.");
            return fallback;
        }

        if (YamlDocumentReader.LoadMapping(yaml, file, FirstYamlLine, diagnostics) is not { } map)
        {
            return fallback;
        }

        var fields = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var keyName = (key as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(keyName))
            {
                var hint = Suggest(keyName) is { } s ? $" Did you mean '{s}'?" : $" Known fields: {string.Join(", ", KnownKeys)}.";
                Warn(DiagnosticCodes.UnknownField, key, $"unknown front matter field '{keyName}' is ignored.{hint}");
                continue;
            }

            fields[keyName] = (key, value);
        }

        var title = RequiredString(fields, "title", "the page title, as readers will see it") ?? slug;
        var summary = RequiredString(fields, "summary", "one or two plain sentences that say what the page covers") ?? "";
        var kind = ReadKind(fields);
        var rule = KindRules.ByKind[kind];
        var draft = ReadDraft(fields);
        var meta = new PageMeta(slug, title, kind, summary)
        {
            Draft = draft,
            NextReviewAt = fields.TryGetValue("next-review", out var nextReview) ? At(nextReview.Value) : Position.Start,
            Aliases = fields.TryGetValue("aliases", out var aliases) ? Strings(aliases.Value, "aliases").Select(a => a.Value).ToImmutableArray() : [],
            Related = fields.TryGetValue("related", out var related)
                ? Strings(related.Value, "related").Select(r => new RelatedRef(r.Value, YamlDocumentReader.PositionOf(r.Node, FirstYamlLine))).ToImmutableArray()
                : [],
            Reviewer = fields.TryGetValue("reviewer", out var reviewer) && YamlFields.TryString(reviewer.Value, out var name) && name.Length > 0 ? name : null,
            Reviewed = ReadDate(fields, "reviewed", rule.NeedsReview, kind),
            NextReview = ReadDate(fields, "next-review", rule.NeedsReview, kind),
            Sources = ReadSources(fields, rule.NeedsReview, kind, draft),
            KindAt = fields.TryGetValue("kind", out var k) ? At(k.Value) : Position.Start,
        };

        if (meta is { Reviewed: { } reviewed, NextReview: { } next } && next <= reviewed)
        {
            Error(DiagnosticCodes.ReviewOrder, fields["next-review"].Value,
                $"next-review ({next:yyyy-MM-dd}) must be after reviewed ({reviewed:yyyy-MM-dd}); pages are usually reviewed again within a year.");
        }

        return meta;
    }

    private string? RequiredString(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string key, string what)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, file, 1, 1, $"'{key}' is missing from the front matter: add '{key}:' with {what}.");
            return null;
        }

        if (!YamlFields.TryString(field.Value, out var value))
        {
            Error(DiagnosticCodes.WrongFieldType, field.Value, $"'{key}' must be one line of text, not a list or a block of fields: write {what}. Put quotes around it if it starts with '[' or '{{'.");
            return null;
        }

        if (value.Length == 0)
        {
            Error(DiagnosticCodes.MissingField, field.Key, $"'{key}' is empty: write {what}.");
            return null;
        }

        return value;
    }

    private bool ReadDraft(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        if (!fields.TryGetValue("draft", out var field))
        {
            return false;
        }

        YamlFields.TryString(field.Value, out var text);
        if (text is "true" or "false")
        {
            return text == "true";
        }

        Error(DiagnosticCodes.WrongFieldType, field.Value, $"'draft' must be true or false (found '{text}').");
        return false;
    }

    private PageKind ReadKind(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        var kinds = string.Join(", ", Enum.GetNames<PageKind>().Select(n => n.ToLowerInvariant()));
        if (RequiredString(fields, "kind", $"one of {kinds}") is not { } text)
        {
            return PageKind.Page;
        }

        if (Enum.TryParse<PageKind>(text, ignoreCase: true, out var kind) && text.All(char.IsAsciiLetterLower))
        {
            return kind;
        }

        Error(DiagnosticCodes.UnknownKind, fields["kind"].Value, $"unknown kind '{text}': use one of {kinds}.");
        return PageKind.Page;
    }

    private DateOnly? ReadDate(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string key, bool required, PageKind kind)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            if (required)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, file, 1, 1,
                    $"'{key}' is missing: every {kind.ToString().ToLowerInvariant()} page needs '{key}: YYYY-MM-DD'.");
            }

            return null;
        }

        if (YamlFields.TryDate(field.Value, out var date))
        {
            return date;
        }

        YamlFields.TryString(field.Value, out var text);
        Error(DiagnosticCodes.BadDate, field.Value, $"'{key}' is not a date: write it as YYYY-MM-DD, for example 2026-11-01 (found '{text}').");
        return null;
    }

    private ImmutableArray<SourceRef> ReadSources(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, bool required, PageKind kind, bool draft)
    {
        if (!fields.TryGetValue("sources", out var field) || field.Value is YamlSequenceNode { Children.Count: 0 })
        {
            if (required)
            {
                // A draft is not published yet, so it may still be gathering its sources.
                diagnostics.Add(new Diagnostic(draft ? Severity.Warning : Severity.Error, DiagnosticCodes.MissingField, file, field.Key is null ? 1 : At(field.Key).Line, 1,
                    $"'sources' is missing: every {kind.ToString().ToLowerInvariant()} page lists what its facts rest on, as '- {{ title: \"...\", publisher: \"...\" }}'{(draft ? " before it is published" : "")}."));
            }

            return [];
        }

        if (field.Value is not YamlSequenceNode list)
        {
            Error(DiagnosticCodes.WrongFieldType, field.Value, "'sources' must be a list of entries, each '- { title: \"...\", publisher: \"...\" }'.");
            return [];
        }

        // A draft is not published yet, so it may still be gathering its links.
        return new SourceListReader(file, diagnostics, FirstYamlLine).Read(list, required, draft ? Severity.Warning : Severity.Error);
    }

    private List<(string Value, YamlNode Node)> Strings(YamlNode node, string key)
    {
        if (YamlFields.TryStrings(node, out var values))
        {
            return values.Where(v => v.Value.Length > 0).ToList();
        }

        Error(DiagnosticCodes.WrongFieldType, node, $"'{key}' must be a list, such as '{key}: [first, second]'.");
        return [];
    }

    private static string? Suggest(string name) =>
        KnownKeys.Select(k => (Key: k, Distance: EditDistance.Between(k, name))).Where(x => x.Distance <= 2).OrderBy(x => x.Distance).Select(x => x.Key).FirstOrDefault();

    private static Position At(YamlNode node) => YamlDocumentReader.PositionOf(node, FirstYamlLine);

    private void Error(string code, YamlNode node, string message) => diagnostics.Error(code, file, At(node).Line, At(node).Column, message);

    private void Warn(string code, YamlNode node, string message) => diagnostics.Warning(code, file, At(node).Line, At(node).Column, message);
}
