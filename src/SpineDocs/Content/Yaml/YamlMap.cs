using SpineDocs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content.Yaml;

/// <summary>Reads the fields of one YAML mapping in a data file, reporting a missing or malformed one at its line.</summary>
public sealed class YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics, string code)
{
    public YamlMappingNode Node { get; } = node;

    public Position At => YamlDocumentReader.PositionOf(Node, 1);

    /// <summary>The mapping's keys in the order written, with where each is written.</summary>
    public IEnumerable<(string Name, Position At)> Keys() =>
        Node.Children.Keys.OfType<YamlScalarNode>().Select(k => (k.Value ?? "", YamlDocumentReader.PositionOf(k, 1)));

    public YamlNode? Get(string key) => Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public Position PositionOf(string key) => Get(key) is { } value ? YamlDocumentReader.PositionOf(value, 1) : At;

    /// <summary>A non-empty text; reports it missing, naming <paramref name="what"/>, and returns null.</summary>
    public string? Required(string key, string what)
    {
        if (Optional(key) is { } text)
        {
            return text;
        }

        diagnostics.Error(code, file, At.Line, At.Column, $"'{key}' is missing or empty here: add '{key}:' with {what}.");
        return null;
    }

    public string? Optional(string key) =>
        Get(key) is { } value && YamlFields.TryString(value, out var text) && text.Length > 0 ? text : null;

    public List<(string Value, YamlNode Node)> Strings(string key)
    {
        if (Get(key) is not { } value)
        {
            return [];
        }

        if (YamlFields.TryStrings(value, out var list))
        {
            return list.Where(x => x.Value.Length > 0).ToList();
        }

        var at = YamlDocumentReader.PositionOf(value, 1);
        diagnostics.Error(code, file, at.Line, at.Column, $"'{key}' must be a list, such as '{key}: [first, second]'.");
        return [];
    }

    public YamlMap? Map(string key, string what)
    {
        if (Get(key) is YamlMappingNode map)
        {
            return new YamlMap(map, file, diagnostics, code);
        }

        var at = PositionOf(key);
        diagnostics.Error(code, file, at.Line, at.Column, $"'{key}' is missing or is not a block of 'name: value' lines: add it with {what}.");
        return null;
    }

    /// <summary>The mappings of a list; <paramref name="itemCode"/> is the code for problems inside an item.</summary>
    public IEnumerable<YamlMap> List(string key, string what, string? itemCode = null)
    {
        if (Get(key) is not YamlSequenceNode list)
        {
            var at = PositionOf(key);
            diagnostics.Error(code, file, at.Line, at.Column, $"'{key}' is missing or is not a list: add it with {what}.");
            yield break;
        }

        foreach (var item in list)
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlMap(map, file, diagnostics, itemCode ?? code);
            }
            else
            {
                var at = YamlDocumentReader.PositionOf(item, 1);
                diagnostics.Error(code, file, at.Line, at.Column, $"each entry of '{key}' needs 'name: value' lines ({what}).");
            }
        }
    }
}
