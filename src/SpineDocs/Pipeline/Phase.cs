namespace SpineDocs.Pipeline;

/// <summary>The four phases every pipeline runs, in order, as in Statiq.</summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
