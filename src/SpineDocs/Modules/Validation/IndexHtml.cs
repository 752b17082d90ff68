using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>
/// Reads each produced page once with AngleSharp's HTML tokenizer, skipping text and every attribute the
/// checks do not need, and keeps the facts the checks need.
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
        document is { IsHtml: true, FromCache: false } ? document with { Facts = Read(document.Content), Bytes = Utf8.GetBytes(document.Content), Content = "" } : document;

    public static HtmlFacts Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = ImmutableArray.CreateBuilder<string>();
        var sections = ImmutableArray.CreateBuilder<string>();
        var phones = ImmutableArray.CreateBuilder<string>();
        var cards = 0;
        var active = ImmutableArray.CreateBuilder<string>();
        string? handler = null;
        var (depth, contentDepth, cardDepth) = (0, -1, -1);
        using var source = new TextSource(html);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) =>
            {
                // Event handlers and inline styles are never kept, only noticed: no page may carry them.
                if (ActiveContent.IsHandlerOrStyle(name.Span))
                {
                    handler = name.ToString();
                }

                return IsKept(name.Span);
            },
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token.Type == HtmlTokenType.EndTag)
            {
                depth--;
                contentDepth = depth <= contentDepth ? -1 : contentDepth;
                cardDepth = depth <= cardDepth ? -1 : cardDepth;
                continue;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var name = token.Name.ToString();
            // GetAttribute reads the token in place; the Attributes property copies them all.
            var id = NullIfEmpty(token.GetAttribute(IdName));
            var target = LinkAttributes.TryGetValue(name, out var linkAttribute) ? NullIfEmpty(token.GetAttribute(linkAttribute)) : null;
            if (ActiveContent.Problem(name, handler, NullIfEmpty(token.GetAttribute(TypeName)), NullIfEmpty(token.GetAttribute(HttpEquivName)), target is not null) is { } problem)
            {
                active.Add(problem);
            }

            handler = null;
            var classes = token.GetAttribute(ClassName).Memory.Span;
            if (id is not null)
            {
                ids.Add(id);
                if (contentDepth >= 0 && name == "h2")
                {
                    sections.Add(id);
                }
            }

            if (target is not null && !ActiveContent.IsSafeAddress(target))
            {
                active.Add($"<{name}> leading to '{target}'");
            }

            if (target is not null)
            {
                links.Add(target);
                if (cardDepth >= 0 && name == "a" && target.StartsWith("tel:", StringComparison.Ordinal))
                {
                    phones.Add(target);
                }
            }

            if (token.IsSelfClosing || VoidElements.Contains(name))
            {
                continue;
            }

            if (contentDepth >= 0 && cardDepth < 0 && HasClass(classes, "care-card--emergency"))
            {
                cards++;
                cardDepth = depth;
            }

            if (contentDepth < 0 && HasClass(classes, "content"))
            {
                contentDepth = depth;
            }

            depth++;
        }

        return new HtmlFacts(ids, links.ToImmutable(), sections.ToImmutable(), phones.ToImmutable(), cards) { ActiveContent = active.ToImmutable() };
    }

    private static readonly StringOrMemory IdName = "id";

    private static readonly StringOrMemory ClassName = "class";

    private static readonly StringOrMemory TypeName = "type";

    private static readonly StringOrMemory HttpEquivName = "http-equiv";

    // An empty id or address is no target, and the HTML tests reject both.
    private static string? NullIfEmpty(StringOrMemory value) => value.Length == 0 ? null : value.ToString();

    private static bool IsKept(ReadOnlySpan<char> name) =>
        name is "id" or "class" or "href" or "src" or "action" or "type" or "http-equiv";

    private static bool HasClass(ReadOnlySpan<char> classes, string name)
    {
        foreach (var range in classes.Split(' '))
        {
            if (classes[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
