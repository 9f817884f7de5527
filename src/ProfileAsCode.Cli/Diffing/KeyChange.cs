using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Diffing;

internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One key whose value differs.</summary>
/// <param name="Segments">The keys from the payload's settings down to this one; a key may itself contain a dot, so
/// machine-readable output keeps them apart.</param>
internal sealed record KeyChange(IReadOnlyList<string> Segments, ChangeKind Kind, PlistValue? Old, PlistValue? New)
{
    /// <summary>The key as people read it: dotted for nested dictionaries (<c>IdPSettings.TenantID</c>).</summary>
    public string Path => string.Join('.', Segments);
}
