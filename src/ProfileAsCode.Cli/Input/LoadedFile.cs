using ProfileAsCode.PropertyList;
using ProfileAsCode.PropertyList.Xml;

namespace ProfileAsCode.Cli.Input;

/// <summary>A profile or preference file read from disk; <see cref="Signature"/> is set when it was CMS-signed.</summary>
/// <param name="KeyLocations">Where each key of an XML file stands, when the reader was asked for it.</param>
internal sealed record LoadedFile(string Path, PlistValue Root, FileEncoding Encoding, SignatureInfo? Signature, XmlKeyLocations? KeyLocations = null)
{
    /// <summary>What every command that reads the file prints as a warning (bytes after a signature).</summary>
    public IEnumerable<string> Warnings =>
        CmsEnvelope.TrailingWarning(Path, Signature?.TrailingBytes ?? 0) is { } trailing ? [trailing] : [];
}
