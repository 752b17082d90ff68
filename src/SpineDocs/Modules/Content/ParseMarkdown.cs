using Markdig;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Parses each page's Markdown, front matter included so every line number is the file's own.</summary>
public sealed class ParseMarkdown : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (SpineDocsMarkdown.TryParse(document.Content) is { } syntax)
        {
            return document with { Syntax = syntax };
        }

        context.Diagnostics.Error(Diagnostics.DiagnosticCodes.TooDeeplyNested, context.Display(document.Source), SpineDocsMarkdown.DeepestLine(document.Content), 1,
            "the Markdown nests too deeply to read (quotes, lists or brackets inside each other hundreds of times): write it flatter.");
        return document;
    }
}
