using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Modules.Data;

/// <summary>Reads <c>glossary.yml</c> into a <see cref="Glossary"/>, reporting each bad entry at its line.</summary>
public sealed class ParseGlossary : ParallelModule
{
    public const int MaxDefinitionWords = 30;

    private static readonly string[] Keys = ["term", "also", "say", "definition"];

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Destination != "glossary.yml")
        {
            return document;
        }

        var file = context.Display(document.Source);
        var root = YamlDocumentReader.Load(document.Content, file, 1, context.Diagnostics, DiagnosticCodes.GlossaryInvalid);
        if (root is null)
        {
            return document with { Glossary = Glossary.Empty };
        }

        if (root is not YamlSequenceNode list)
        {
            context.Diagnostics.Error(DiagnosticCodes.GlossaryInvalid, file, 1, 1,
                "the glossary is a list of entries, each starting '- term: ...' with a 'definition:' line.");
            return document with { Glossary = Glossary.Empty };
        }

        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in list)
        {
            if (Read(node, file, context.Diagnostics) is not { } entry)
            {
                continue;
            }

            var clash = entry.Forms.FirstOrDefault(forms.ContainsKey);
            if (clash is not null || entries.Any(e => e.Id == entry.Id))
            {
                var other = clash is null ? entry.Term : forms[clash];
                context.Diagnostics.Error(DiagnosticCodes.DuplicateGlossaryTerm, file, entry.At.Line, entry.At.Column,
                    $"'{clash ?? entry.Term}' is already a term or form of the entry '{other}': merge the two entries or remove one.");
                continue;
            }

            foreach (var form in entry.Forms)
            {
                forms[form] = entry.Term;
            }

            entries.Add(entry);
        }

        return document with { Glossary = new Glossary(entries.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase).ToImmutableArray()) };
    }

    private static GlossaryEntry? Read(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var at = YamlDocumentReader.PositionOf(node, 1);
        if (node is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.GlossaryInvalid, file, at.Line, at.Column, "each glossary entry needs 'term:' and 'definition:' lines.");
            return null;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value)))
        {
            var keyAt = YamlDocumentReader.PositionOf(key, 1);
            diagnostics.Warning(DiagnosticCodes.GlossaryInvalid, file, keyAt.Line, keyAt.Column, $"unknown glossary field '{key.Value}' is ignored; use {string.Join(", ", Keys)}.");
        }

        string? Text(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) && YamlFields.TryString(value, out var text) && text.Length > 0 ? text : null;

        var term = Text("term");
        var definition = Text("definition");
        if (term is null || definition is null)
        {
            diagnostics.Error(DiagnosticCodes.GlossaryInvalid, file, at.Line, at.Column,
                $"this entry has no '{(term is null ? "term" : "definition")}': every entry needs the term and a plain definition.");
            return null;
        }

        var words = ReadabilityMeter.Measure(definition).Words;
        if (words > MaxDefinitionWords)
        {
            diagnostics.Error(DiagnosticCodes.GlossaryDefinitionTooLong, file, at.Line, at.Column,
                $"the definition of '{term}' has {words} words: keep it to {MaxDefinitionWords} or fewer, in plain words.");
        }

        var also = map.Children.TryGetValue(new YamlScalarNode("also"), out var alsoNode) && YamlFields.TryStrings(alsoNode, out var list)
            ? list.Select(x => x.Value).Where(x => x.Length > 0).ToImmutableArray()
            : [];
        return new GlossaryEntry(IdFor(term), term, definition, at) { Also = also, Say = Text("say") };
    }

    /// <summary>The entry's anchor on the glossary page: "Alkaline phosphatase (ALP)" → <c>alkaline-phosphatase-alp</c>.</summary>
    public static string IdFor(string term) =>
        string.Join('-', new string(term.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
