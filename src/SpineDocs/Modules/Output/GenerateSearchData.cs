using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Output;

/// <summary>Adds the data the search script needs besides Pagefind's index: the site's vocabulary for
/// "Did you mean", and the warning-sign words that put "Get help now" above the results.</summary>
public sealed partial class GenerateSearchData : IModule
{
    public const string VocabularyFile = "search/vocabulary.json";
    public const string HelpFile = "search/help.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Options.Search)
        {
            return Task.FromResult(documents);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string text)
        {
            foreach (Match word in Word().Matches(text.ToLowerInvariant()))
            {
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
            }
        }

        foreach (var page in documents.Where(d => d.Meta is not null))
        {
            if (page.IsHiddenDraft(context.Options) || SpineDocsMarkdown.TryParse(page.Content) is not { } syntax)
            {
                continue;
            }

            Count(page.Meta!.Title);
            page.Meta.Aliases.ToList().ForEach(Count);
            foreach (var block in syntax.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock))
            {
                Count(InlineText.Of(block.Inline));
            }
        }

        context.Glossary.Entries.SelectMany(e => e.Forms).ToList().ForEach(Count);
        var registry = context.RedFlags;
        registry.Flags.SelectMany(f => f.Words.Append(f.Text)).ToList().ForEach(Count);

        // Most frequent first: the script prefers the commoner word when two are equally close.
        var vocabulary = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        return Task.FromResult(documents
            .Add(Generated(VocabularyFile, JsonSerializer.Serialize(vocabulary, Json)))
            .Add(Generated(HelpFile, Layout.RegistryData.Serialize(registry, context.Region, withWords: true))));
    }

    private static Document Generated(string destination, string json) =>
        new("(generated)/" + destination, destination, json) { IsGenerated = true };

    [GeneratedRegex(@"[a-z][a-z'-]{2,}[a-z]")]
    private static partial Regex Word();
}
