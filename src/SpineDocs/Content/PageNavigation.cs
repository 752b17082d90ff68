using System.Collections.Immutable;
using SpineDocs.Theme.Models;

namespace SpineDocs.Content;

/// <summary>Where a page sits in the site: breadcrumbs and related pages.</summary>
public sealed record PageNavigation(ImmutableArray<PageLink> Breadcrumbs, ImmutableArray<PageLink> Related);
