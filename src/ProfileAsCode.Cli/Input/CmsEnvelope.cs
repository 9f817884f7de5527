using System.Formats.Asn1;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Cli.Input;

/// <summary>Unwraps CMS-signed profiles; the decoding and verification are the signing library's.</summary>
internal static class CmsEnvelope
{
    /// <summary>A DER SEQUENCE (0x30) at offset 0: XML starts with '&lt;' or a BOM, binary with "bplist".</summary>
    public static bool LooksSigned(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x30;

    /// <summary>Whether <paramref name="bytes"/> is a CMS SignedData (a signed profile, or a signature inside one).</summary>
    public static bool IsSigned(byte[] bytes) => LooksSigned(bytes) && SignedProfileReader.IsSignedData(bytes);

    /// <summary>The signed content and whether the signature over it holds (signature only: no trust roots are given).</summary>
    public static (byte[] Content, SignatureInfo Signature) Open(string path, byte[] bytes)
    {
        if (!SignedProfileReader.IsSignedData(bytes))
        {
            throw CliException.InFile(path, "starts like a CMS signature (DER) but is not CMS SignedData: the signature envelope is broken or this is another kind of DER file");
        }

        try
        {
            var result = ProfileVerifier.Verify(bytes, path);
            return (result.Content, new SignatureInfo(result.SignatureValid, result.SignerSubject, result.Problem, TrailingBytes(bytes)));
        }
        catch (SigningException e)
        {
            throw CliException.InFile(path, $"broken signature envelope: {e.Problem}");
        }
    }

    /// <summary>
    /// How many bytes follow the signature's outer DER (or BER) value: a signature is one value, and what comes after it is
    /// covered by nothing (the CMS decoder ignores it). 0 when the value ends the file or its length cannot be read.
    /// </summary>
    public static int TrailingBytes(byte[] bytes)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var consumed);
            return bytes.Length - consumed;
        }
        catch (AsnContentException)
        {
            return 0;
        }
    }

    /// <summary>The warning for <paramref name="trailing"/> bytes after a signature; null when there are none.</summary>
    public static string? TrailingWarning(string path, int trailing) => trailing <= 0 ? null
        : $"{Printable.Path(path)}: warning: {trailing} bytes after the end of the signature are covered by no signature and were ignored (a damaged copy, or something appended to it); get a fresh copy of the profile";
}
