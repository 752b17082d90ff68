using SpineDocs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Content.Yaml;

/// <summary>Loads YAML keeping every node's position, and turns every way YAML can fail to read into a diagnostic.</summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts at <paramref name="firstLine"/> of <paramref name="file"/>, and returns its
    /// root node: an empty mapping for an empty document, null when it cannot be read (reported with <paramref name="code"/>).
    /// </summary>
    public static YamlNode? Load(string yaml, string file, int firstLine, DiagnosticBag diagnostics, string code = DiagnosticCodes.MalformedYaml)
    {
        // A tab in the indentation is the commonest YAML mistake, and the parser reports it lines away: find it here.
        if (FirstTabIndentedLine(yaml) is { } tabLine)
        {
            diagnostics.Error(code, file, firstLine + tabLine - 1, 1,
                "this line is indented with a tab: YAML needs spaces. Replace the tab with spaces, lined up with the lines around it.");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Split(" at ")[0].TrimEnd('.');
            if (reason.Contains("flow mapping", StringComparison.Ordinal) || reason.Contains("flow sequence", StringComparison.Ordinal))
            {
                ReportUnclosedBracket(yaml, file, firstLine, diagnostics, code);
                return null;
            }

            var message = reason.Contains("quoted scalar", StringComparison.Ordinal)
                ? "the YAML cannot be read: a quote that starts here is never closed. Add the closing quote at the end of the value."
                : $"the YAML cannot be read ({reason}). Check the indentation, and put quotes around values that contain a colon or start with a special character.";
            diagnostics.Error(code, file, firstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column, message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on an unclosed flow collection: find the line ourselves.
            ReportUnclosedBracket(yaml, file, firstLine, diagnostics, code);
            return null;
        }
        catch (ArgumentException)
        {
            // The representation model rejects some events the parser accepts (a document made only of a tag or an anchor).
            diagnostics.Error(code, file, firstLine + LastEventLine(yaml) - 1, 1,
                "the YAML cannot be read from this line on: check for a stray '&', '*', '!' or '%' at the start of a value, and put such values in quotes.");
            return null;
        }

        return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
            ? new YamlMappingNode()
            : stream.Documents[0].RootNode;
    }

    /// <summary>Parses YAML that must be a mapping of <c>key: value</c> lines.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics, string code = DiagnosticCodes.MalformedYaml)
    {
        var root = Load(yaml, file, firstLine, diagnostics, code);
        if (root is null or YamlMappingNode)
        {
            return root as YamlMappingNode;
        }

        diagnostics.Error(code, file, firstLine + (int)root.Start.Line - 1, (int)root.Start.Column,
            "expected 'key: value' lines here, such as 'title: Spinal metastasis'.");
        return null;
    }

    public static Position PositionOf(YamlNode node, int firstLine) =>
        new(firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);

    private static void ReportUnclosedBracket(string yaml, string file, int firstLine, DiagnosticBag diagnostics, string code) =>
        diagnostics.Error(code, file, firstLine + UnclosedBracketLine(yaml) - 1, 1,
            "the YAML cannot be read: a '[' or '{' on this line is never closed. Close it, or put the value in quotes if the bracket is part of the text.");

    private static int LastEventLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.Start.Line ?? line);
            }
        }
        catch (YamlException ex)
        {
            line = (int)ex.Start.Line;
        }

        return Math.Max(line, 1);
    }

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The first line (1-based) that opens more brackets than it closes, outside quotes; the last line if none does.</summary>
    private static int UnclosedBracketLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                    continue;
                }

                if (c == '#')
                {
                    break;
                }

                quote = c is '"' or '\'' ? c : '\0';
                depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
            }

            if (depth > 0)
            {
                return i + 1;
            }
        }

        return Math.Max(1, lines.Length);
    }
}
