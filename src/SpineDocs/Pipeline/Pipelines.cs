namespace SpineDocs.Pipeline;

/// <summary>The names of the site's pipelines.</summary>
public static class Pipelines
{
    public const string Data = "Data";
    public const string Assets = "Assets";
    public const string Content = "Content";
}
