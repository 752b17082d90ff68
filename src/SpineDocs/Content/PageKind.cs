namespace SpineDocs.Content;

public enum PageKind
{
    Condition,
    Test,
    Treatment,
    Guide,
    Page,
}
