using SpineDocs.Cli;
using SpineDocs.Pipeline;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Cli;

public sealed class PageReportTests
{
    [Fact]
    public async Task The_report_counts_each_pages_links_out_and_in()
    {
        // Given
        var context = await new InMemorySite()
            .Page("conditions/chordoma.md", InMemorySite.ConditionPage("Chordoma", "See [[ependymoma]] and [[get-help-now]]. Also [[ependymoma#symptoms]]. It affects 3 in 100 people. And 2 in 10.[^a-source]"))
            .Page("conditions/ependymoma.md", InMemorySite.ConditionPage("Ependymoma"))
            .BuildAsync();

        // When
        var rows = PageReport.Rows(context.OutputsOf(Pipelines.Content)).ToDictionary(r => r.Page);

        // Then
        rows.Keys.ShouldBe(["chordoma", "ependymoma", "home", "get-help-now"], ignoreOrder: true);
        (rows["chordoma"].LinksOut, rows["chordoma"].LinksIn).ShouldBe((2, 0));
        (rows["ependymoma"].LinksOut, rows["ependymoma"].LinksIn).ShouldBe((0, 1));
        rows["get-help-now"].LinksIn.ShouldBe(1);
        rows["chordoma"].Kind.ShouldBe("condition");
        rows["chordoma"].Reviewed.ShouldBe(new DateOnly(2026, 1, 1));
        (rows["chordoma"].Uncited, rows["ependymoma"].Uncited).ShouldBe((1, 0));
    }

    [Fact]
    public void The_table_ends_with_the_median_grade()
    {
        // Given
        var rows = new[]
        {
            new PageReport.Row("a", "guide", 100, 6.0, null, null, 1, 1),
            new PageReport.Row("b", "guide", 200, 8.0, null, null, 1, 1),
            new PageReport.Row("c", "guide", 300, 11.0, null, null, 1, 1, 2),
        };

        // When
        var text = PageReport.Format(rows);

        // Then
        text.ShouldContain("page  kind   words  grade  reviewed  next review  links out  links in  uncited");
        text.TrimEnd().ShouldEndWith("3 pages, 600 words, median reading grade 8.0, 2 sentences with an uncited number");
    }
}
