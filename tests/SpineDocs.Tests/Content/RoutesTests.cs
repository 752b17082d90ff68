using SpineDocs.Content;

namespace SpineDocs.Tests.Content;

public sealed class RoutesTests
{
    [Theory]
    [InlineData("index.md", "index.html", "/")]
    [InlineData("get-help-now.md", "get-help-now/index.html", "/get-help-now/")]
    [InlineData("conditions/spinal-metastasis.md", "conditions/spinal-metastasis/index.html", "/conditions/spinal-metastasis/")]
    [InlineData("conditions/index.md", "conditions/index.html", "/conditions/")]
    public void A_source_path_becomes_a_pretty_url(string source, string destination, string url)
    {
        // When
        var file = Routes.DestinationFor(source);

        // Then
        file.ShouldBe(destination);
        Routes.UrlFor(file).ShouldBe(url);
        Routes.FileFor(url).ShouldBe(destination);
    }

    [Theory]
    [InlineData("index.md", "home")]
    [InlineData("conditions/Chordoma.md", "chordoma")]
    public void The_slug_is_the_file_name(string source, string slug) =>
        Routes.SlugFor(source).ShouldBe(slug);
}
