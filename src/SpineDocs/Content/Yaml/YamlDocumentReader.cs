using SpineDocs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content.Yaml;

/// <summary>Loads YAML keeping every node's position, and turns syntax errors into diagnostics.</summary>
public static class YamlDocumentReader
{
    /// <summary>Parses <paramref name="yaml"/>, which starts at <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Split(" at ")[0].TrimEnd('.');
            diagnostics.Error(DiagnosticCodes.MalformedYaml, file, firstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column,
                $"the YAML cannot be read ({reason}). Check the indentation, and put quotes around values that contain a colon or start with a special character.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(DiagnosticCodes.MalformedYaml, file, firstLine + (int)root.Start.Line - 1, (int)root.Start.Column,
            "expected 'key: value' lines here, such as 'title: Spinal metastasis'.");
        return null;
    }

    public static Position PositionOf(YamlNode node, int firstLine) =>
        new(firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);
}
