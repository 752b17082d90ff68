using System.Globalization;
using System.Text;
using SpineDocs.Pipeline;

namespace SpineDocs.Cli;

/// <summary>The table <c>check --report</c> prints: every page with its size, reading grade, review dates, links and uncited numbers.</summary>
public static class PageReport
{
    public sealed record Row(string Page, string Kind, int Words, double Grade, DateOnly? Reviewed, DateOnly? NextReview, int LinksOut, int LinksIn, int Uncited = 0);

    public static IReadOnlyList<Row> Rows(IEnumerable<Document> documents)
    {
        var pages = documents.Where(d => d.Meta is not null && !d.IsGenerated).ToList();
        var outgoing = pages.ToDictionary(
            p => p.Url,
            p => p.Links.Values.Select(l => l.Url.Split('#')[0]).Where(u => u != p.Url).ToHashSet(StringComparer.Ordinal));
        return pages
            .OrderBy(p => p.Meta!.Kind).ThenBy(p => p.Meta!.Slug, StringComparer.Ordinal)
            .Select(p => new Row(
                p.Meta!.Slug,
                p.Meta.Kind.ToString().ToLowerInvariant(),
                p.Readability.Words,
                Math.Round(p.Readability.Grade, 1),
                p.Meta.Reviewed,
                p.Meta.NextReview,
                outgoing[p.Url].Count,
                outgoing.Count(o => o.Key != p.Url && o.Value.Contains(p.Url)),
                p.UncitedNumbers))
            .ToList();
    }

    public static string Format(IReadOnlyList<Row> rows)
    {
        var table = new List<string[]> { new[] { "page", "kind", "words", "grade", "reviewed", "next review", "links out", "links in", "uncited" } };
        table.AddRange(rows.Select(r => new[]
        {
            r.Page, r.Kind, r.Words.ToString(CultureInfo.InvariantCulture), r.Grade.ToString("0.0", CultureInfo.InvariantCulture),
            r.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", r.NextReview?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
            r.LinksOut.ToString(CultureInfo.InvariantCulture), r.LinksIn.ToString(CultureInfo.InvariantCulture), r.Uncited.ToString(CultureInfo.InvariantCulture),
        }));
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in table)
        {
            // Text columns align left, numbers right.
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        if (rows.Count > 0)
        {
            var grades = rows.Select(r => r.Grade).Order().ToList();
            var median = grades.Count % 2 == 1 ? grades[grades.Count / 2] : (grades[(grades.Count / 2) - 1] + grades[grades.Count / 2]) / 2;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} pages, {rows.Sum(r => r.Words)} words, median reading grade {median:0.0}, {rows.Sum(r => r.Uncited)} sentences with an uncited number"));
        }

        return text.ToString();
    }
}
