using SpineDocs.Content.RedFlags;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Data;

/// <summary>Reads and validates <c>red-flags.yml</c>: references, tiers, escalation, groups, regions and flags, each problem at its line.</summary>
public sealed class ParseRedFlags : ParallelModule
{
    public const string FileName = "red-flags.yml";

    protected override Document? Execute(Document document, BuildContext context) =>
        document.Destination != FileName
            ? document
            : document with { RedFlags = new RedFlagRegistryReader(context.Display(document.Source), context.Diagnostics).Read(document.Content) };
}
