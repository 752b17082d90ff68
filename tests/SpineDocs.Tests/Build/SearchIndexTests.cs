using SpineDocs.Build;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Build;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SiteFolder folder = new();

    [Fact]
    public async Task Without_pagefind_the_build_fails_naming_node_js_and_leaves_the_output_alone()
    {
        // Given
        folder.WritePreviousOutput("index.html", "previous");
        var options = new BuildOptions(folder.Combine("input"), folder.Combine("output"), Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            PagefindPath = folder.Combine("no-such-pagefind"),
        };

        // When
        var result = await SiteBuilder.RunAsync(options);

        // Then
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.SearchToolMissing);
        error.Message.ShouldContain("install Node.js (https://nodejs.org)");
        error.Message.ShouldContain("--no-search");
        File.ReadAllText(folder.Combine("output", "index.html")).ShouldBe("previous");
    }

    public void Dispose() => folder.Dispose();
}
