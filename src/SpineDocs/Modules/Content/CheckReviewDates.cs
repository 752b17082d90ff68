using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Review governance: a page past its next review is a warning (an error with --strict); one due within 30 days, a notice.</summary>
public sealed class CheckReviewDates : ParallelModule
{
    public const int NoticeDays = 30;

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Meta is not { NextReview: { } next } meta)
        {
            return document;
        }

        var today = context.Options.Today;
        var file = context.Display(document.Source);
        var at = meta.NextReviewAt;
        if (next < today)
        {
            var days = today.DayNumber - next.DayNumber;
            context.Diagnostics.Add(new Diagnostic(context.Options.Strict ? Severity.Error : Severity.Warning, DiagnosticCodes.ReviewOverdue, file, at.Line, at.Column,
                $"this page's review was due on {next:yyyy-MM-dd}, {days} day{(days == 1 ? "" : "s")} ago: check its facts against its sources, then set 'reviewed' to today and 'next-review' to a date within a year."));
        }
        else if (next.DayNumber - today.DayNumber <= NoticeDays)
        {
            context.Diagnostics.Add(new Diagnostic(Severity.Notice, DiagnosticCodes.ReviewDueSoon, file, at.Line, at.Column,
                $"this page's review is due on {next:yyyy-MM-dd}, within {NoticeDays} days."));
        }

        return document;
    }
}
