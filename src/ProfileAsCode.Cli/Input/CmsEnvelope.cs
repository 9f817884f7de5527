using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Cli.Input;

/// <summary>Unwraps CMS-signed profiles; the decoding and verification are the signing library's.</summary>
internal static class CmsEnvelope
{
    /// <summary>A DER SEQUENCE (0x30) at offset 0: XML starts with '&lt;' or a BOM, binary with "bplist".</summary>
    public static bool LooksSigned(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x30;

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
            return (result.Content, new SignatureInfo(result.SignatureValid, result.SignerSubject, result.Problem));
        }
        catch (SigningException e)
        {
            throw CliException.InFile(path, $"broken signature envelope: {e.Problem}");
        }
    }
}
