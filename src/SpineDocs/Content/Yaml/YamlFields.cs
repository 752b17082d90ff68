using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content.Yaml;

/// <summary>Typed reads of YAML nodes; each returns false when the node has the wrong shape.</summary>
public static class YamlFields
{
    public static bool TryString(YamlNode node, out string value)
    {
        value = node is YamlScalarNode scalar ? (scalar.Value ?? "").Trim() : "";
        return node is YamlScalarNode;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public static bool TryStrings(YamlNode node, out List<(string Value, YamlNode Node)> values)
    {
        values = [];
        if (node is YamlScalarNode scalar)
        {
            if (!string.IsNullOrWhiteSpace(scalar.Value))
            {
                values.Add((scalar.Value.Trim(), scalar));
            }

            return true;
        }

        if (node is not YamlSequenceNode sequence)
        {
            return false;
        }

        foreach (var item in sequence)
        {
            if (item is not YamlScalarNode itemScalar)
            {
                return false;
            }

            values.Add(((itemScalar.Value ?? "").Trim(), item));
        }

        return true;
    }

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public static bool TryDate(YamlNode node, out DateOnly value)
    {
        value = default;
        return TryString(node, out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
