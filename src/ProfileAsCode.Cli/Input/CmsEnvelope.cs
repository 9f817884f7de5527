using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Input;

/// <summary>Unwraps CMS-signed profiles; the verification itself is the signing library's.</summary>
internal static class CmsEnvelope
{
    /// <summary>A DER SEQUENCE (0x30) at offset 0: XML starts with '&lt;' or a BOM, binary with "bplist".</summary>
    public static bool LooksSigned(byte[] bytes) => bytes.Length > 2 && bytes[0] == 0x30;

    public static (byte[] Content, SignatureInfo Signature) Open(string path, byte[] bytes) =>
        throw CliException.InFile(path, "this is a CMS-signed profile; reading signed profiles needs the signing library, which this build does not have yet");
}
