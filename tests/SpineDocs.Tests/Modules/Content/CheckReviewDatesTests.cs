using SpineDocs.Diagnostics;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Modules.Content;

public sealed class CheckReviewDatesTests
{
    private static Task<Pipeline.BuildContext> Build(string nextReview, bool strict = false) =>
        new InMemorySite()
            .Page("guide.md", $"---\ntitle: Guide\nkind: guide\nsummary: S.\nreviewed: 2025-01-01\nnext-review: {nextReview}\nsources:\n  - {{ title: T, url: \"https://example.org\", checked: 2025-01-01 }}\n---\n\nText.\n")
            .BuildAsync(options: o => o with { Today = new DateOnly(2026, 6, 1), Strict = strict });

    [Fact]
    public async Task A_page_past_its_next_review_is_a_warning_at_that_line()
    {
        // When
        var context = await Build("2026-05-30");

        // Then
        var warning = context.Diagnostics.Sorted().ShouldHaveSingleItem();
        warning.ToString().ShouldStartWith("input/guide.md(6,14): warning SD0114: this page's review was due on 2026-05-30, 2 days ago");
    }

    [Fact]
    public async Task With_strict_an_overdue_review_is_an_error()
    {
        // When
        var context = await Build("2026-05-30", strict: true);

        // Then
        InMemorySite.Errors(context).ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.ReviewOverdue);
    }

    [Theory]
    [InlineData("2026-06-01")]
    [InlineData("2026-07-01")]
    public async Task A_review_due_within_thirty_days_is_a_notice(string nextReview)
    {
        // When
        var context = await Build(nextReview);

        // Then
        var notice = context.Diagnostics.Sorted().ShouldHaveSingleItem();
        (notice.Severity, notice.Code).ShouldBe((Severity.Notice, DiagnosticCodes.ReviewDueSoon));
        notice.ToString().ShouldContain(": info SD0115: this page's review is due on");
    }

    [Fact]
    public async Task A_review_more_than_thirty_days_away_says_nothing()
    {
        // When
        var context = await Build("2026-07-02");

        // Then
        context.Diagnostics.Sorted().ShouldBeEmpty();
    }
}
