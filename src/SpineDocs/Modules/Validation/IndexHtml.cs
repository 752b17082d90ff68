using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>
/// Reads each produced page once with AngleSharp's HTML tokenizer and keeps the facts the checks need.
/// Tokens are enough, and several times cheaper than building the tree: the generator's own markup is
/// well formed, and the site tests parse the finished pages into full DOMs. From here on the page is
/// kept as the UTF-8 bytes it is written as: half the memory of a string, and no copy at write time.
/// </summary>
public sealed class IndexHtml : ParallelModule
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly FrozenDictionary<string, string> LinkAttributes = new Dictionary<string, string>
    {
        ["a"] = "href", ["link"] = "href", ["img"] = "src", ["script"] = "src", ["source"] = "src", ["iframe"] = "src", ["form"] = "action",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> VoidElements =
        new[] { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" }.ToFrozenSet(StringComparer.Ordinal);

    protected override Document? Execute(Document document, BuildContext context) =>
        document.IsHtml ? document with { Facts = Read(document.Content), Bytes = Utf8.GetBytes(document.Content), Content = "" } : document;

    public static HtmlFacts Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = ImmutableArray.CreateBuilder<string>();
        var sections = ImmutableArray.CreateBuilder<string>();
        var phones = ImmutableArray.CreateBuilder<string>();
        var cards = 0;
        var (depth, contentDepth, cardDepth) = (0, -1, -1);
        foreach (var token in new TextSource(html).Tokenize(HtmlEntityProvider.Resolver))
        {
            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            if (tag.Type == HtmlTokenType.EndTag)
            {
                depth--;
                contentDepth = depth <= contentDepth ? -1 : contentDepth;
                cardDepth = depth <= cardDepth ? -1 : cardDepth;
                continue;
            }

            var name = tag.Name;
            if (tag.Attributes.Any(a => a.Name == "id"))
            {
                var id = tag.GetAttribute("id");
                ids.Add(id);
                if (contentDepth >= 0 && name == "h2")
                {
                    sections.Add(id);
                }
            }

            if (LinkAttributes.TryGetValue(name, out var attribute) && tag.Attributes.Any(a => a.Name == attribute))
            {
                var target = tag.GetAttribute(attribute);
                links.Add(target);
                if (cardDepth >= 0 && name == "a" && target.StartsWith("tel:", StringComparison.Ordinal))
                {
                    phones.Add(target);
                }
            }

            if (tag.IsSelfClosing || VoidElements.Contains(name))
            {
                continue;
            }

            var classes = tag.GetAttribute("class").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (contentDepth >= 0 && cardDepth < 0 && classes.Contains("care-card--emergency"))
            {
                cards++;
                cardDepth = depth;
            }

            if (contentDepth < 0 && classes.Contains("content"))
            {
                contentDepth = depth;
            }

            depth++;
        }

        return new HtmlFacts(ids.ToFrozenSet(StringComparer.Ordinal), links.ToImmutable(), sections.ToImmutable(), phones.ToImmutable(), cards);
    }
}
