using Markdig;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Parses each page's Markdown, front matter included so every line number is the file's own.</summary>
public sealed class ParseMarkdown : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context) =>
        document with { Syntax = Markdig.Markdown.Parse(document.Content, SpineDocsMarkdown.Pipeline) };
}
