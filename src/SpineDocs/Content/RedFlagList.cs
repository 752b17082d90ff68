using System.Collections.Immutable;

namespace SpineDocs.Content;

/// <summary>A <c>::: red-flags tier [groups]</c> list on a page: its arguments and where it starts.</summary>
public sealed record RedFlagList(ImmutableArray<string> Arguments, Position At);
