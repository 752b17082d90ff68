using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>Checks each page's produced HTML against <see cref="KindRules"/>: required sections and the emergency card.</summary>
public sealed class CheckRequiredSections : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document is not { Facts: { } facts, Meta: { } meta, IsGenerated: false })
        {
            return document;
        }

        var rule = KindRules.ByKind[meta.Kind];
        var file = context.Display(document.Source);
        var at = meta.KindAt;
        var kind = meta.Kind.ToString().ToLowerInvariant();
        foreach (var section in rule.Sections.Where(s => !facts.SectionIds.Contains(s.Id)))
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingSection, file, at.Line, at.Column,
                $"every {kind} page needs the section '{section.Heading}': add '## {section.Heading} {{#{section.Id}}}' (the heading wording may change; the id may not).");
        }

        if (!rule.NeedsEmergencyCard)
        {
            return document;
        }

        var number = context.Region.EmergencyNumber;
        if (facts.EmergencyCards == 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingEmergencyCard, file, at.Line, at.Column,
                "a condition page needs an emergency card: add '::: red-flags emergency nerve-and-cord' and a closing ':::' line, and the registry's emergency signs are listed there.");
        }
        else if (!facts.EmergencyCardPhoneLinks.Contains("tel:" + number))
        {
            context.Diagnostics.Error(DiagnosticCodes.EmergencyCardWithoutNumber, file, at.Line, at.Column,
                $"the emergency card has no link to call {number}: the theme adds it to '::: red-flags' cards of an emergency tier; check that the card is not written as raw HTML.");
        }

        return document;
    }
}
