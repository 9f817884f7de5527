namespace ProfileAsCode.PropertyList;

/// <summary>
/// A value that cannot be written as a property list, e.g. a string with a character XML 1.0
/// forbids. <see cref="KeyPath"/> names where it sits (<c>PayloadContent[0].OIDCTenant</c>).
/// </summary>
public sealed class PlistWriteException : Exception
{
    public PlistWriteException(string keyPath, string reason)
        : base($"{keyPath}: {reason}")
    {
        KeyPath = keyPath;
        Reason = reason;
    }

    public string KeyPath { get; }

    public string Reason { get; }
}
