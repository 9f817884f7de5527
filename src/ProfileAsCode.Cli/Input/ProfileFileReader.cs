using System.Text;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.PropertyList;
using ProfileAsCode.PropertyList.Xml;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Input;

/// <summary>
/// Reads a .mobileconfig or .plist in any form admins meet: XML, binary (bplist00), or CMS-signed
/// (RFC 5652 SignedData, DER, with the profile attached). Every failure is a
/// <see cref="CliException"/> naming the file.
/// </summary>
internal static class ProfileFileReader
{
    private static readonly byte[] BinaryMagic = "bplist"u8.ToArray();

    public static LoadedFile Read(string path) => Read(path, locateKeys: false);

    /// <param name="path">The file.</param>
    /// <param name="locateKeys">Record where each key of an XML file stands (<see cref="LoadedFile.KeyLocations"/>).</param>
    public static LoadedFile Read(string path, bool locateKeys)
    {
        var bytes = ReadBytes(path);
        if (bytes.Length == 0)
        {
            throw CliException.InFile(path, "the file is empty");
        }

        SignatureInfo? signature = null;
        if (CmsEnvelope.LooksSigned(bytes))
        {
            (bytes, signature) = CmsEnvelope.Open(path, bytes);
            if (CmsEnvelope.IsSigned(bytes))
            {
                throw CliException.InFile(path, $"is signed twice: the signed content is itself a CMS signature. Take off the outer one with {App.ToolName} unsign {path} --out inner.mobileconfig, then read inner.mobileconfig");
            }
        }

        var encoding = Detect(path, bytes, signature is not null);
        try
        {
            if (locateKeys && encoding == FileEncoding.Xml)
            {
                var locations = new XmlKeyLocations();
                return new LoadedFile(path, PlistCodec.ReadXml(bytes, locations), encoding, signature, locations);
            }

            return new LoadedFile(path, PlistCodec.Read(bytes), encoding, signature);
        }
        catch (PlistFormatException e)
        {
            var what = encoding == FileEncoding.Binary ? "not a valid binary property list" : "not a valid XML property list";
            throw CliException.InFile(path, $"{what}: {e.Message}");
        }
    }

    private static readonly AsyncLocal<InputLimits?> Given = new();

    private static InputLimits? fromEnvironment;

    /// <summary>
    /// The bounds every read obeys: those the command line gave this run (<c>--max-input-size</c>, see
    /// <see cref="UseLimits"/>), else <see cref="InputLimits.FromEnvironment"/>.
    /// </summary>
    public static InputLimits Limits
    {
        get
        {
            try
            {
                return Given.Value ?? (fromEnvironment ??= InputLimits.FromEnvironment());
            }
            catch (FormatException e)
            {
                throw new CliException(e.Message);
            }
        }
    }

    /// <summary>Makes <paramref name="limits"/> (when given) the bounds of the reads in this flow of execution until disposed.</summary>
    public static IDisposable UseLimits(InputLimits? limits)
    {
        var previous = Given.Value;
        Given.Value = limits ?? previous;
        return new Restore(previous);
    }

    private sealed class Restore(InputLimits? previous) : IDisposable
    {
        public void Dispose() => Given.Value = previous;
    }

    /// <summary>The file's bytes as they are (for signing and verifying), bounded by <see cref="Limits"/>, or a <see cref="CliException"/> naming it.</summary>
    public static byte[] ReadBytes(string path) => InputFile.ReadBytes(path, Limits);

    private static FileEncoding Detect(string path, byte[] bytes, bool signedContent)
    {
        if (bytes.AsSpan().StartsWith(BinaryMagic))
        {
            return bytes.AsSpan().StartsWith("bplist00"u8)
                ? FileEncoding.Binary
                : throw CliException.InFile(path, $"binary property list version {UntrustedText.Quote(Encoding.Latin1.GetString(bytes, 6, Math.Min(2, bytes.Length - 6)))} is not supported (only bplist00)");
        }

        if (TextEncodingSniffer.IsUtf16(bytes))
        {
            var bom = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
            var source = bom ? "UTF-16" : bytes[1] == 0 ? "UTF-16LE" : "UTF-16BE";
            throw CliException.InFile(path, $"the file is UTF-16{(bom ? "" : " (without a byte-order mark)")}; profiles are UTF-8 (convert it with: iconv -f {source} -t UTF-8)");
        }

        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start < bytes.Length && bytes[start] == (byte)'<')
        {
            if (DeclaredEncoding(bytes.AsSpan(start)) is { } declared && !declared.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) && !declared.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
            {
                throw CliException.InFile(path, $"the XML declares encoding {UntrustedText.Quote(declared)}, which profiles do not use; convert it to UTF-8 (iconv -f {UntrustedText.Escape(declared, 40)} -t UTF-8) and fix the declaration");
            }

            return FileEncoding.Xml;
        }

        throw CliException.InFile(path, signedContent
            ? $"the signed content is not a property list but {ContentKind.Describe(bytes)}: what was signed is no configuration profile"
            : "not a property list: neither XML, binary (bplist00) nor a CMS-signed profile");
    }

    /// <summary>The <c>encoding="…"</c> of an XML declaration at the start, if there is one.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> xml)
    {
        if (!xml.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = xml.IndexOf("?>"u8);
        var declaration = Encoding.ASCII.GetString(end < 0 ? xml[..Math.Min(xml.Length, 200)] : xml[..end]);
        var match = System.Text.RegularExpressions.Regex.Match(declaration, "encoding\\s*=\\s*[\"']([^\"']*)[\"']");
        return match.Success ? match.Groups[1].Value : null;
    }
}
