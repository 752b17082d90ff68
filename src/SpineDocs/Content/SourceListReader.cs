using System.Collections.Immutable;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content;

/// <summary>Reads a page's <c>sources:</c>: each with a title, a link (a web address or a DOI) and the date the link was checked.</summary>
internal sealed class SourceListReader(string file, DiagnosticBag diagnostics, int firstLine)
{
    private static readonly string[] Keys = ["id", "title", "publisher", "date", "url", "doi", "checked"];

    /// <summary>Reads the list; <paramref name="linksRequired"/> for pages whose facts readers act on.</summary>
    public ImmutableArray<SourceRef> Read(YamlSequenceNode list, bool linksRequired, Severity missingLink)
    {
        var sources = ImmutableArray.CreateBuilder<SourceRef>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry || Text(entry, "title") is not { } title)
            {
                Error(item, "each source needs at least a title: '- { id: nice-ng234, title: \"...\", publisher: \"...\", url: \"https://...\", checked: 2026-12-01 }'.");
                continue;
            }

            foreach (var key in entry.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value)))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownField, file, At(key).Line, At(key).Column, $"unknown source field '{key.Value}' is ignored; a source has {string.Join(", ", Keys)}.");
            }

            var id = Text(entry, "id");
            if (id is not null && !IsId(id))
            {
                Error(entry.Children[new YamlScalarNode("id")], $"the source id '{id}' must be lower-case letters, digits and hyphens, such as 'nice-ng234', so citations can name it.");
                id = null;
            }
            else if (id is not null && sources.Any(s => s.Id == id))
            {
                Error(entry, $"another source of this page already has the id '{id}': give each source its own id.");
                id = null;
            }

            var url = Link(entry);
            if (linksRequired && url is null)
            {
                Report(missingLink, DiagnosticCodes.SourceWithoutLink, entry, $"the source '{title}' has no link: add 'url: \"https://...\"' or 'doi: \"10....\"', so readers and reviewers can check it.");
            }

            var checkedOn = Date(entry, "checked");
            if (linksRequired && url is not null && checkedOn is null && !entry.Children.ContainsKey(new YamlScalarNode("checked")))
            {
                Report(missingLink, DiagnosticCodes.SourceWithoutLink, entry, $"the source '{title}' needs 'checked: YYYY-MM-DD', the day you last checked its link leads to it.");
            }

            sources.Add(new SourceRef(title, Text(entry, "publisher"), url, Date(entry, "date")) { Id = id, Checked = checkedOn });
        }

        return sources.ToImmutable();
    }

    public static bool IsId(string id) =>
        id.Length > 0 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !id.StartsWith('-') && !id.EndsWith('-');

    private string? Link(YamlMappingNode entry)
    {
        var url = Text(entry, "url");
        if (url is not null && !WebAddress.IsValid(url))
        {
            Error(entry.Children[new YamlScalarNode("url")], $"source url '{url}' is not a web address: write the full https:// address.");
            url = null;
        }

        if (Text(entry, "doi") is { } doi)
        {
            var bare = doi.StartsWith("https://doi.org/", StringComparison.OrdinalIgnoreCase) ? doi["https://doi.org/".Length..] : doi;
            if (bare.StartsWith("10.", StringComparison.Ordinal) && bare.Contains('/') && !bare.Any(char.IsWhiteSpace))
            {
                return url ?? "https://doi.org/" + bare;
            }

            Error(entry.Children[new YamlScalarNode("doi")], $"'{doi}' is not a DOI: write it as 10.xxxx/..., as the article's page gives it.");
        }

        return url;
    }

    private DateOnly? Date(YamlMappingNode entry, string key)
    {
        if (!entry.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        if (YamlFields.TryDate(node, out var date))
        {
            return date;
        }

        Error(node, $"a source's '{key}' must be a real date written as YYYY-MM-DD.");
        return null;
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && YamlFields.TryString(node, out var text) && text.Length > 0 ? text : null;

    private Position At(YamlNode node) => YamlDocumentReader.PositionOf(node, firstLine);

    private void Error(YamlNode node, string message) => Report(Severity.Error, DiagnosticCodes.WrongFieldType, node, message);

    private void Report(Severity severity, string code, YamlNode node, string message) =>
        diagnostics.Add(new Diagnostic(severity, code, file, At(node).Line, At(node).Column, message));
}
