using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using SpineDocs.Diagnostics;
using SpineDocs.Markdown.CareCards;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Rejects care cards that list signs by hand: every sign on every card comes from <c>red-flags.yml</c>, at one tier.</summary>
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
            if (CareCards.IsHandWritten(container))
            {
                var info = container.Info!.Trim();
                var tier = info == "non-urgent" ? "soon" : info;
                context.Diagnostics.Error(DiagnosticCodes.HandWrittenCard, file, container.Line + 1, container.Column + 1,
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
}
