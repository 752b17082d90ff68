using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Layout;

/// <summary>schema.org JSON-LD for a page, describing only what the page shows: its review, its signs from the registry, its related treatments.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    public static string For(Document document, BuildContext context)
    {
        var meta = document.Meta!;
        var url = context.Site.BaseUrl + document.Url;
        var medical = KindRules.ByKind[meta.Kind].NeedsReview && !document.IsGenerated;
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = medical ? "MedicalWebPage" : "WebPage",
            ["name"] = meta.Title,
            ["description"] = meta.Summary,
            ["url"] = url,
            ["inLanguage"] = context.Site.Language,
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = context.Site.Name, ["url"] = context.Site.BaseUrl + "/" },
        };
        if (!medical)
        {
            return JsonSerializer.Serialize(page, Json);
        }

        if (meta.Reviewed is { } reviewed)
        {
            page["lastReviewed"] = reviewed.ToString("yyyy-MM-dd");
        }

        if (meta.Reviewer is { } reviewer)
        {
            page["reviewedBy"] = new JsonObject { ["@type"] = "Person", ["name"] = reviewer };
        }

        if (About(document, context) is { } about)
        {
            page["about"] = about;
        }

        return JsonSerializer.Serialize(page, Json);
    }

    private static JsonObject? About(Document document, BuildContext context)
    {
        var meta = document.Meta!;
        var type = meta.Kind switch
        {
            PageKind.Condition => "MedicalCondition",
            PageKind.Test => "MedicalTest",
            PageKind.Treatment => "MedicalTherapy",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var about = new JsonObject { ["@type"] = type, ["name"] = meta.Title };
        if (meta.Aliases.Length > 0)
        {
            about["alternateName"] = new JsonArray(meta.Aliases.Select(a => (JsonNode)a).ToArray());
        }

        if (meta.Kind != PageKind.Condition)
        {
            return about;
        }

        var signs = SignsShown(document, context).ToList();
        if (signs.Count > 0)
        {
            about["signOrSymptom"] = new JsonArray(signs.Select(s => (JsonNode)new JsonObject { ["@type"] = "MedicalSignOrSymptom", ["name"] = s }).ToArray());
        }

        var treatments = meta.Related
            .Select(r => context.Index.BySlug.GetValueOrDefault(r.Slug))
            .OfType<Document>()
            .Where(d => d.Meta!.Kind == PageKind.Treatment && !d.IsHiddenDraft(context.Options))
            .Select(d => (JsonNode)new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = d.Meta!.Title, ["url"] = context.Site.BaseUrl + d.Url })
            .ToArray();
        if (treatments.Length > 0)
        {
            about["possibleTreatment"] = new JsonArray(treatments);
        }

        return about;
    }

    /// <summary>The registry's signs the page lists in its <c>::: red-flags</c> cards.</summary>
    private static IEnumerable<string> SignsShown(Document document, BuildContext context) =>
        document.RedFlagLists
            .SelectMany(l => context.RedFlags.FlagsOf(l.Tier, l.Selectors, l.WithoutCancer))
            .Select(f => f.Text)
            .Distinct();
}
