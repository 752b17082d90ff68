namespace SpineDocs.Corpus;

/// <summary>One synthetic page: where it lives and the parts both generators' files are made from.</summary>
public sealed record CorpusPage(int Number, string Kind, string Folder, string Slug, string Title)
{
    public string Url => $"/{Folder}/{Slug}/";
}
