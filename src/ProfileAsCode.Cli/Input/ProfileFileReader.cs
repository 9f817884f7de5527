using System.Text;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Input;

/// <summary>
/// Reads a .mobileconfig or .plist in any form admins meet: XML, binary (bplist00), or CMS-signed
/// (plist-and-profiles reference §3: DER SignedData with the profile attached). Every failure is a
/// <see cref="CliException"/> naming the file.
/// </summary>
internal static class ProfileFileReader
{
    private static readonly byte[] BinaryMagic = "bplist"u8.ToArray();

    public static LoadedFile Read(string path)
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
        }

        var encoding = Detect(path, bytes);
        try
        {
            return new LoadedFile(path, PlistCodec.Read(bytes), encoding, signature);
        }
        catch (PlistFormatException e)
        {
            var what = encoding == FileEncoding.Binary ? "not a valid binary property list" : "not a valid XML property list";
            throw CliException.InFile(path, $"{what}: {e.Message}");
        }
    }

    /// <summary>The file's bytes as they are (for signing and verifying), or a <see cref="CliException"/> naming it.</summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InFile(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot be read ({e.Message})");
        }
    }

    private static FileEncoding Detect(string path, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(BinaryMagic))
        {
            return bytes.AsSpan().StartsWith("bplist00"u8)
                ? FileEncoding.Binary
                : throw CliException.InFile(path, $"binary property list version '{Encoding.ASCII.GetString(bytes, 6, Math.Min(2, bytes.Length - 6))}' is not supported (only bplist00)");
        }

        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            throw CliException.InFile(path, "the file is UTF-16; profiles are UTF-8 (convert it with: iconv -f UTF-16 -t UTF-8)");
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
                throw CliException.InFile(path, $"the XML declares encoding \"{declared}\", which profiles do not use; convert it to UTF-8 (iconv -f {declared} -t UTF-8) and fix the declaration");
            }

            return FileEncoding.Xml;
        }

        throw CliException.InFile(path, "not a property list: neither XML, binary (bplist00) nor a CMS-signed profile");
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
