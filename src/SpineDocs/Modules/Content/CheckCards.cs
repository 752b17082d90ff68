using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown.CareCards;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Checks the <c>:::</c> boxes of a page: every card lists its signs from <c>red-flags.yml</c> only; a box is known, closed and not inside another.</summary>
public sealed class CheckCards : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var file = context.Display(document.Source);
        foreach (var container in document.Syntax.Descendants<CustomContainer>())
        {
            var (line, column) = (container.Line + 1, container.Column + 1);
            if (container.ClosingFencedCharCount == 0)
            {
                context.Diagnostics.Error(DiagnosticCodes.UnclosedContainer, file, line, column,
                    $"'::: {$"{container.Info} {container.Arguments}".Trim()}' is never closed, so everything after it was taken into it: add a line ':::' where it ends.");
            }

            if (InsideAnother(container))
            {
                context.Diagnostics.Error(DiagnosticCodes.NestedCard, file, line, column,
                    "a card or box cannot sit inside another one: close the first with ':::' before starting the next.");
            }

            if (!CareCards.IsHandWritten(container) && !CareCards.IsRegistryList(container) && container.Info?.Trim() != Markdown.HelpLines.HelpLinesWriter.Container)
            {
                context.Diagnostics.Error(DiagnosticCodes.UnknownContainer, file, line, column,
                    $"unknown box '::: {container.Info}': use '::: red-flags <tier>' for warning signs or '::: help-lines' for phone numbers.");
            }
            else if (CareCards.IsHandWritten(container))
            {
                var info = container.Info!.Trim();
                var tier = info == "non-urgent" ? "soon" : info;
                context.Diagnostics.Error(DiagnosticCodes.HandWrittenCard, file, line, column,
                    $"care cards list signs from red-flags.yml only, so no sign is shown at two urgencies: replace '::: {info}' and its list with '::: red-flags {tier}' (add group names or sign ids after the tier to show part of it), and add any sign the registry lacks to red-flags.yml.");
            }
            else if (CareCards.IsRegistryList(container) && container.Count > 0 && container[0] is Block first)
            {
                context.Diagnostics.Error(DiagnosticCodes.WordsInsideCard, file, first.Line + 1, first.Column + 1,
                    "a '::: red-flags' card takes its heading, signs and advice from red-flags.yml: write nothing inside it, and put your own words before or after the card.");
            }
        }

        return document;
    }

    private static bool InsideAnother(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer)
            {
                return true;
            }
        }

        return false;
    }
}
