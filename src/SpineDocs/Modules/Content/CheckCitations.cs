using Markdig.Syntax;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown.Citations;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>
/// Checks each <c>[^id]</c> names one of the page's sources, and counts the sentences that state a number
/// without a citation: a warning on condition, test and treatment pages, whose figures readers act on.
/// </summary>
public sealed class CheckCitations : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document is not { Syntax: { } syntax, Meta: { } meta })
        {
            return document;
        }

        var file = context.Display(document.Source);
        var ids = meta.Sources.Select(s => s.Id).OfType<string>().ToList();
        foreach (var citation in syntax.Descendants<CitationInline>().Where(c => !ids.Contains(c.Id)))
        {
            var hint = EditDistance.Closest(citation.Id, ids) is { } s ? $" Did you mean '[^{s}]'?"
                : ids.Count > 0 ? $" This page's sources are: {string.Join(", ", ids)}."
                : " Give the source an 'id:' in the front matter's sources.";
            context.Diagnostics.Error(DiagnosticCodes.UnknownCitation, file, citation.Line + 1, citation.Column + 1,
                $"the citation '[^{citation.Id}]' names no source of this page.{hint}");
        }

        var uncited = UncitedNumbers.In(syntax).ToList();
        if (meta.Kind is PageKind.Condition or PageKind.Test or PageKind.Treatment)
        {
            foreach (var at in uncited)
            {
                context.Diagnostics.Warning(DiagnosticCodes.UncitedNumber, file, at.Line, at.Column,
                    "this sentence gives a number without a citation: add [^id] after it, naming the page's source for the figure, or say it without the number.");
            }
        }

        return document with { UncitedNumbers = uncited.Count };
    }
}
