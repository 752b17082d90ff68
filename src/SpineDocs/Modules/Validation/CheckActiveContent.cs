using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>Fails the build if any finished page carries active content (see <see cref="ActiveContent"/>), whoever wrote it.</summary>
public sealed class CheckActiveContent : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Facts is not { ActiveContent.IsEmpty: false } facts)
        {
            return document;
        }

        var file = document.IsGenerated ? "theme" : context.Display(document.Source);
        foreach (var problem in facts.ActiveContent.Distinct())
        {
            context.Diagnostics.Error(DiagnosticCodes.ActiveContent, file, 0, 0,
                $"the page {document.Url} would carry {problem}, which could run code in a reader's browser: pages may not carry script, event handlers, inline styles or javascript: addresses.");
        }

        return document;
    }
}
