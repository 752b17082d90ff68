using System.Collections.Immutable;

namespace SpineDocs.Pipeline;

/// <summary>A named list of modules for each phase.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<IModule> Input { get; init; } = [];

    public ImmutableArray<IModule> Process { get; init; } = [];

    public ImmutableArray<IModule> PostProcess { get; init; } = [];

    public ImmutableArray<IModule> Output { get; init; } = [];

    public ImmutableArray<IModule> ModulesFor(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
