using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Diffing;

internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One key whose value differs; <see cref="Path"/> is dotted for nested dictionaries (<c>IdPSettings.TenantID</c>).</summary>
internal sealed record KeyChange(string Path, ChangeKind Kind, PlistValue? Old, PlistValue? New);
