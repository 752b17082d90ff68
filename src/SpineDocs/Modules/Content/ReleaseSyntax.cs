using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Lets each page's syntax tree go once everything has been read from it: the tree is the biggest thing a page holds.</summary>
public sealed class ReleaseSyntax : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context) => document with { Syntax = null };
}
